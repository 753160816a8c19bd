"""Law 25 in the program: the register of confidentiality incidents and the audit viewer
(the person in charge of personal information: the director's PRIVACY_ADMIN and
AUDIT_READ permissions)."""
