"""The workshop model: entities, store, operations and interchange. Never imports Qt."""
