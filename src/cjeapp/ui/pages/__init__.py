"""The screens reached from the main window's navigation."""
