"""sdkgen: OpenAPI 3.0/3.1 → typed Python SDK package + markdown reference docs."""

__version__ = "0.1.0"
