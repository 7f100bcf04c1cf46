// Placeholder; the swift-log integration work replaces it.
print("veil-example-login")
