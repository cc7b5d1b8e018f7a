"""Domain, storage and rules: plain Python, never imports Qt."""
