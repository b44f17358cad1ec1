"""The event store: coded documents in an embedded DuckDB file, queried and exported.

>>> from tidings.store import Store, EventFilter
>>> with Store.open("tidings.duckdb", read_only=True) as store:
...     frame = store.events_frame(EventFilter(actor=("KAZ",), root=("14",)))
...     weekly = store.stats(by="dyad", per="week")

Tables and columns: docs/schema.md ("Store"). GDELT column mapping: docs/gdelt.md.
"""

from tidings.store.db import DEFAULT_PATH, StoreBusy, StoreError, StoreRefused
from tidings.store.export import ExportError, read_gdelt, read_parquet
from tidings.store.filters import EventFilter
from tidings.store.query import GROUPS, PERIODS
from tidings.store.schema import SCHEMA_VERSION
from tidings.store.store import Store
from tidings.store.write import IngestRun, RunSummary

__all__ = ["DEFAULT_PATH", "EventFilter", "ExportError", "GROUPS", "IngestRun", "PERIODS",
           "RunSummary", "SCHEMA_VERSION", "Store", "StoreBusy", "StoreError", "StoreRefused",
           "read_gdelt", "read_parquet"]
