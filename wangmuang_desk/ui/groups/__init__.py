"""The occupational-group screens: the group list, the group window and its tabs."""
