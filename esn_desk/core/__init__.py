"""The domain and the store. Nothing in this package may import Qt."""
