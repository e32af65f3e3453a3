from ogp.cli import main

main()
