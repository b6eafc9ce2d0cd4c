"""The Qt window over the core: it shows reports and never computes them."""
