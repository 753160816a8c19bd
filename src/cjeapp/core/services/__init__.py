"""Use cases: the only way data changes. Each checks the role, validates and audits."""
