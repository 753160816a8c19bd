"""Secrets on a need-to-know basis.

The database key (``core.db.keyring``) opens the file for every staff member. What only
some of them may read is sealed once more, to each of them: the case-notes key (the text
of the confidential notes), the organization's signing key (the QR codes of documents, the
funder packages, the seals of the log) and the key of the funder's pseudonyms.

- Each person has a key pair (``KeyHolder``): its private half is sealed under a key
  derived from their own password, so it opens only when they sign in.
- Each secret is sealed to the public key of every person it is for (``KeyGrant``), by a
  program that holds it: whoever it is for signs in, and the program seals it to the
  colleagues it is for who do not have it yet (a new counsellor, a reset password).
- When someone it was for leaves or changes role, their copies are withdrawn and the next
  person who writes a note (or signs in) makes a new generation of the case-notes key:
  what they wrote before stays readable to those who hold the old generations; what is
  written after, they never had a key to.

With raw SQLCipher and the database key, a person the secrets are not for finds ciphertext
and sealed copies only.
"""
