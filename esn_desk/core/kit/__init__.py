"""The visibility kit: label and badge layouts, email signatures, kit tracking (no Qt here)."""
