"""The sections of « Vie privée »: the audit log and the register of incidents."""
