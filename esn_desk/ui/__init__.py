"""The Qt user interface. Presents the services in ``esn_desk.core``; holds no business rules."""
