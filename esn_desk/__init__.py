"""ESN Desk: run an enterprise-social-network ambassador programme from one laptop."""

__version__ = "0.1.0"
APP_NAME = "ESN Desk"
