"""warta.parse_date: timezone-aware datetimes, dates, DateError."""
import datetime

import pytest

import warta

WIB = datetime.timezone(datetime.timedelta(hours=7))
WITA = datetime.timezone(datetime.timedelta(hours=8))
NOW = datetime.datetime(2024, 5, 15, 12, 0, tzinfo=WIB)

DATES = [
    ("Rabu, 15 Mei 2024 11:02 WIB", None, datetime.datetime(2024, 5, 15, 11, 2, tzinfo=WIB)),
    ("Jumat 3 Januari 2020, 14.30 WITA", None, datetime.datetime(2020, 1, 3, 14, 30, tzinfo=WITA)),
    ("2024-05-15T04:02:00Z", None, datetime.datetime(2024, 5, 15, 4, 2, tzinfo=datetime.timezone.utc)),
    ("Kamis (16/5/2024)", None, datetime.date(2024, 5, 16)),
    ("2 jam lalu", NOW, datetime.datetime(2024, 5, 15, 10, 0, tzinfo=WIB)),
    ("2 jam lalu", "2024-05-15T12:00:00+07:00", datetime.datetime(2024, 5, 15, 10, 0, tzinfo=WIB)),
]


@pytest.mark.parametrize("text,now,expected", DATES, ids=[case[0] for case in DATES])
def test_dates(text, now, expected):
    value = warta.parse_date(text, now=now)
    assert value == expected
    assert type(value) is type(expected)
    if isinstance(value, datetime.datetime):
        assert value.tzinfo is not None


@pytest.mark.parametrize("text", ["", "bukan tanggal", "11:02 WIB", "2 jam lalu"])
def test_no_date_raises_a_value_error(text):
    with pytest.raises(warta.DateError) as caught:
        warta.parse_date(text)
    assert isinstance(caught.value, ValueError)
    assert caught.value.message
