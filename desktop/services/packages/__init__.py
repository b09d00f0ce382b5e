"""Signed exchange packages between offices (.tdkt): the office's identity and key, sending,
receiving with a preview, and Hồ sơ nhận (return or accept a proposal)."""
