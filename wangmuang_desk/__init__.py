"""wangmuang-desk: the occupational-group desk of Wang Muang Subdistrict Administrative Org."""

__version__ = "0.1.0"
