"""What is left to resolve in sound records (a double booking, an activity over its
capacity…): listed for the people who fix them, never a reason to stop a backup."""
