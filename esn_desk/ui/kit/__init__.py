"""The visibility kit: signatures, stickers, name badges, directory badges and tracking."""
