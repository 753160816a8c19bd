"""Qt widgets, item models and dialogs. They call core services and hold no SQL."""
