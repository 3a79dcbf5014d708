"""The Dask engine: a local cluster of 2 worker processes writes Parquet the store loads."""

from __future__ import annotations

import pytest

from khabar.io.readers import Article

pytest.importorskip("distributed")

TEXT = "قال وزير الخارجية إن المحادثات مع الجانب الروسي كانت مفيدة، وإن الحوار سيستمر."


def test_local_cluster_writes_parquet_that_the_store_loads(tmp_path):
    import pyarrow.parquet as pq

    from khabar.corpus import dask_engine
    from khabar.corpus.store import Store
    from khabar.errors import InputError

    items = [Article(text=f"{TEXT}\nرقم {i}.", source=f"t{i}", id=f"d{i}", date="2021-12-30")
             for i in range(6)]
    items.append(InputError("broken.jsonl:3", "is not valid JSON"))
    items.append(Article(text="no arabic here at all", source="english.txt", id="en"))
    report = dask_engine.run(items, tmp_path / "parts", workers=2, batch_size=2)
    assert report.added == 6 and report.failed == 2
    assert any("english.txt" in e for e in report.errors)
    table = pq.read_table(tmp_path / "parts")
    assert sorted(table.column("id").to_pylist()) == [f"d{i}" for i in range(6)]
    with Store(tmp_path / "s.sqlite") as store:
        assert dask_engine.load_parquet(tmp_path / "parts", store, progress=False).added == 6
        assert dask_engine.load_parquet(tmp_path / "parts", store, progress=False).unchanged == 6
        assert store.summary()["articles"] == 6
        assert store.search("الروسي")
