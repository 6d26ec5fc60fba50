"""The training-round screens."""
