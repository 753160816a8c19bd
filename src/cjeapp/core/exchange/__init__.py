"""The exchange between the office (the hub) and the counsellors' laptops (its replicas)."""
