"""Domain and storage for cjeapp. Never imports Qt."""
