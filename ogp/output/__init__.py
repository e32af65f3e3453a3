"""Everything ogp prints or writes: the format registry, the reporters, safe writing."""
