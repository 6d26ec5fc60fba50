"""wangmuang-desk: the occupational-group desk of Wang Muang Subdistrict Administrative Organization."""

__version__ = "0.1.0"
