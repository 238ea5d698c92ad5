"""Answers the whole-domain mutation run of mgdesk/domain found untested (README, "Mutation testing").

The first mutation runs to cover every module at once, from the demo clinic
to the columns an import travels in: each test pins an answer that a
one-token change in the domain got wrong without any core test noticing,
taken from the published source or the README's rule.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
from decimal import Decimal

import pytest

from mgdesk.domain import who
from mgdesk.domain.classify import borderline_message, class_reason_message, classify, mix_up_messages, note_message
from mgdesk.domain.demo import FREMANTLE_TABLE_1, GROUP_SIZES, SYNTHETIC_NOTE, StudyGroup, is_synthetic
from mgdesk.domain.errors import EditConflictError, InputError, ProfileError
from mgdesk.domain.exposure import MetforminExposure
from mgdesk.domain.measurement import Measurement, parse_measurement
from mgdesk.domain.messages import Message, english, number
from mgdesk.domain.profile import LabProfile, default_profile, profile_from_mapping
from mgdesk.domain.records import (
    DrugClass,
    MagnesiumResult,
    MedicationCourse,
    Patient,
    ResultStatus,
    Specimen,
    check_birth_year,
    check_record_date,
    parse_dose,
    parse_drug_class,
    parse_specimen,
)
from mgdesk.domain.result_columns import ResultColumns
from mgdesk.domain.samples import SampleIndex, _moment
from mgdesk.domain.trend import exposure_message, summarize
from mgdesk.domain.units import MgUnit

D = dt.date


def _note(text: str) -> str:
    return english(note_message(classify(parse_measurement(text))))


def _reason(text: str) -> str:
    return english(class_reason_message(classify(parse_measurement(text))))


# -- the clinical note and why a result has its class ----------------------------------


def test_the_clinical_note_of_a_result_in_mmol_per_litre_names_its_class_and_the_threshold() -> None:
    assert _note("0.74 mmol/L") == "Serum Mg 0.74 mmol/L (normal; hypomagnesemia threshold 0.70 mmol/L)"
    assert _note("0.5 mmol/L") == "Serum Mg 0.5 mmol/L (low; hypomagnesemia threshold 0.70 mmol/L)"


def test_the_clinical_note_of_a_converted_result_gives_the_value_as_written_and_in_mmol_per_litre() -> None:
    # 1.8 mg/dL / 2.4305 = 0.7406 mmol/L; 1.5 mEq/L / 2 = 0.75 mmol/L.
    assert _note("1.8 mg/dL") == "Serum Mg 1.8 mg/dL = 0.74 mmol/L (normal; hypomagnesemia threshold 0.70 mmol/L)"
    assert _note("1.5 mEq/L") == "Serum Mg 1.5 mEq/L = 0.75 mmol/L (normal; hypomagnesemia threshold 0.70 mmol/L)"


def test_the_clinical_note_says_borderline_but_never_for_an_indeterminate_result() -> None:
    # 1.70 mg/dL = 0.6994 mmol/L, low but within its resolution of 0.70.
    assert _note("1.70 mg/dL") == (
        "Serum Mg 1.70 mg/dL = 0.699 mmol/L (low, borderline; hypomagnesemia threshold 0.70 mmol/L)"
    )
    assert _note("<0.70 mmol/L") == "Serum Mg <0.70 mmol/L (low, borderline; hypomagnesemia threshold 0.70 mmol/L)"
    # <0.8 spans both sides of 0.70: it says "indeterminate", not "indeterminate, borderline".
    assert _note("<0.8 mmol/L") == "Serum Mg <0.8 mmol/L (indeterminate; hypomagnesemia threshold 0.70 mmol/L)"


def test_the_reason_for_a_class_names_the_band_holding_the_value_in_mmol_per_litre() -> None:
    default = "'mgdesk default (adult serum)'"
    assert _reason("1.8 mg/dL") == f"0.74 mmol/L is in the band 0.70–1.05 mmol/L: normal in the profile {default}."
    assert _reason("0.5 mmol/L") == f"0.50 mmol/L is in the band 0.40–0.69 mmol/L: low in the profile {default}."
    assert _reason("<0.8 mmol/L") == (
        "<0.8 mmol/L could be critical low, low or normal: on both sides of the threshold, so mgdesk cannot tell."
    )


@pytest.mark.parametrize(
    ("written", "sentence"),
    [
        (
            "<0.8 mmol/L",
            "cannot tell: <0.8 mmol/L is any value below 0.80 mmol/L, on both sides of the 0.70 mmol/L threshold; "
            "it could be critical low, low or normal",
        ),
        (
            "<0.70 mmol/L",
            "borderline: <0.70 mmol/L is any value below 0.70 mmol/L, classed low; it could be critical low",
        ),
        (
            ">1.05 mmol/L",
            "borderline: >1.05 mmol/L is any value above 1.05 mmol/L, classed high; it could be critical high",
        ),
        ("1.70 mg/dL", "borderline: 1.70 mg/dL could be 0.697 to 0.702 mmol/L, on the 0.70 mmol/L edge"),
        ("1.4 mEq/L", "borderline: 1.4 mEq/L could be 0.68 to 0.73 mmol/L, on the 0.70 mmol/L edge"),
        ("2.6 mg/dL", "borderline: 2.6 mg/dL could be 1.049 to 1.090 mmol/L, on the 1.05 mmol/L edge"),
    ],
)
def test_a_borderline_result_says_every_value_it_could_be_and_the_edge_it_straddles(
    written: str, sentence: str
) -> None:
    message = borderline_message(classify(parse_measurement(written)))
    assert message is not None
    assert english(message) == sentence


def test_no_borderline_sentence_for_a_range_within_one_band() -> None:
    assert borderline_message(classify(parse_measurement(">2.00 mmol/L"))) is None


def test_a_value_normal_in_another_unit_names_that_unit_and_its_class() -> None:
    # 2.0 mg/dL = 0.82 mmol/L; 2.0 mEq/L = 1.00 mmol/L.
    assert [english(m) for m in mix_up_messages(classify(parse_measurement("2.0 mmol/L")))] == [
        "2.0 mmol/L is high; as 2.0 mg/dL it would be 0.82 mmol/L, normal - check the unit",
        "2.0 mmol/L is high; as 2.0 mEq/L it would be 1.00 mmol/L, normal - check the unit",
    ]


# -- the cumulative time on metformin -------------------------------------------------------


def test_the_trend_says_from_which_start_the_time_on_metformin_is_counted() -> None:
    results = [MagnesiumResult(D(2021, 1, 1), parse_measurement("0.80 mmol/L"), "mmol/L")]
    course = MedicationCourse(DrugClass.METFORMIN, "metformin", D(2020, 7, 1), None, Decimal(1000))
    summary = summarize([course], results, default_profile(), today=D(2023, 6, 1))
    message = exposure_message(summary)
    assert message == Message.of("trend-exposure", start=D(2020, 7, 1))
    assert english(message) == (
        "Since the first start (2020-07-01): the cumulative time on metformin (days off the drug not counted)."
    )
    never = summarize([], results, default_profile(), today=D(2023, 6, 1))
    assert exposure_message(never) is None


# -- the demo clinic's patients --------------------------------------------------------------


def test_the_demo_draws_from_table_1_of_peters_2013_as_published() -> None:
    # Peters et al., PLoS One 2013;8(9):e74355, Table 1: n, serum Mg mean and SD (mmol/L), % below
    # 0.70 and % on diuretics per treatment group; the demo has half of each group.
    published = {
        "diet only": StudyGroup(350, 0.85, 0.16, 11.1, 18.3),
        "metformin only": StudyGroup(148, 0.81, 0.15, 17.6, 22.3),
        "sulfonylurea only": StudyGroup(258, 0.83, 0.14, 14.7, 26.4),
        "metformin + sulfonylurea": StudyGroup(184, 0.74, 0.17, 41.3, 17.9),
    }
    assert dict(FREMANTLE_TABLE_1) == published
    assert GROUP_SIZES == {
        "diet only": 175,
        "metformin only": 74,
        "sulfonylurea only": 129,
        "metformin + sulfonylurea": 92,
    }


def test_a_patient_is_a_demo_patient_only_with_both_the_demo_identifier_and_the_synthetic_note() -> None:
    assert is_synthetic(Patient("DEMO-0001", notes=SYNTHETIC_NOTE))
    assert not is_synthetic(Patient("DEMO-0001", notes="real patient who chose this identifier"))
    assert not is_synthetic(Patient("P-0001", notes=SYNTHETIC_NOTE))


# -- an edit that lost to another workstation's --------------------------------------------


def test_an_edit_conflict_says_who_changed_the_record_where_and_when_and_keeps_both_versions() -> None:
    moment = dt.datetime(2024, 3, 5, 14, 7, 9)
    error = EditConflictError(
        "medication course", "mine", "theirs", changed_by="nurse2", workstation="WS-3", changed_at=moment
    )
    assert (error.kind, error.mine, error.theirs) == ("medication course", "mine", "theirs")
    assert (error.changed_by, error.workstation, error.changed_at) == ("nurse2", "WS-3", moment)
    assert error.code == "edit-conflict"
    assert str(error.message) == (
        "This medication course was changed by nurse2 on WS-3 at 2024-03-05 14:07 UTC after you opened it. "
        "Your change was not saved; it is kept beside the current one, to re-apply or discard."
    )
    unknown = EditConflictError("result", 1, 2, changed_by="nurse2", workstation=None, changed_at=None)
    assert str(unknown.message) == (
        "This result was changed by nurse2 after you opened it. "
        "Your change was not saved; it is kept beside the current one, to re-apply or discard."
    )
    assert str(EditConflictError("patient", 1, 2, changed_by="a", workstation="", changed_at=None).message) == (
        "This patient was changed by a after you opened it. "
        "Your change was not saved; it is kept beside the current one, to re-apply or discard."
    )


def test_a_message_printed_is_its_english_sentence() -> None:
    assert str(Message.of("conflict-where", workstation="WS-3")) == " on WS-3"


# -- results travelling as columns -------------------------------------------------------


def _result(day: int, text: str, **lab: object) -> MagnesiumResult:
    measurement = parse_measurement(text)
    return MagnesiumResult(
        D(2024, 1, day),
        measurement,
        f"{measurement.unit}",
        Specimen.PLASMA if day % 2 else Specimen.SERUM,
        dt.time(8, day),
        f"file-{day}.csv",
        f"lab {day}",
        f"comment {day}",
        **lab,  # type: ignore[arg-type]
    )


def test_columns_of_records_give_back_every_field_of_every_record_in_order() -> None:
    pairs = [
        ("P1", _result(1, "0.61 mmol/L")),
        ("P2", _result(2, "1.8 mg/dL", status=ResultStatus.CORRECTED, reference_range="0.70-1.05", lab_ref="A-2")),
        ("P3", _result(3, "1.5 mEq/L", lab_flag="L")),
    ]
    columns = ResultColumns.of(pairs)
    assert len(columns) == 3
    assert columns.pairs() == pairs
    assert [columns.result(i) for i in range(3)] == [r for _, r in pairs]
    assert columns.has_lab_refs
    assert columns.statuses == [ResultStatus.FINAL, ResultStatus.CORRECTED, ResultStatus.FINAL]
    assert columns.reference_ranges == [None, "0.70-1.05", None]
    assert columns.lab_flags == [None, None, "L"]
    assert columns.lab_refs == [None, "A-2", None]


def test_columns_without_any_lab_field_hold_none_and_give_final_results() -> None:
    pairs = [("P1", _result(1, "0.61 mmol/L")), ("P2", _result(2, "0.90 mmol/L"))]
    columns = ResultColumns.of(pairs)
    assert (columns.statuses, columns.reference_ranges, columns.lab_flags, columns.lab_refs) == (None,) * 4
    assert not columns.has_lab_refs
    assert columns.result(1).status is ResultStatus.FINAL
    assert columns.pairs() == pairs
    assert not ResultColumns.of([("P1", _result(1, "0.61 mmol/L", lab_ref=None, lab_flag="N"))]).has_lab_refs


def test_extending_columns_appends_every_field_and_fills_the_lab_fields_one_side_lacks() -> None:
    plain = [("P1", _result(1, "0.61 mmol/L")), ("P2", _result(2, "0.90 mmol/L"))]
    lab = [
        ("P3", _result(3, "1.8 mg/dL", status=ResultStatus.PRELIMINARY, lab_flag="N")),
        ("P4", _result(4, "1.5 mEq/L", reference_range="0.7-1.0", lab_ref="X-4")),
        ("P5", _result(5, "0.50 mmol/L")),
    ]
    columns = ResultColumns.of(plain)
    columns.extend(ResultColumns.of(lab))
    assert len(columns) == 5
    assert columns.pairs() == plain + lab
    assert columns.statuses == [ResultStatus.FINAL] * 2 + [ResultStatus.PRELIMINARY] + [ResultStatus.FINAL] * 2
    assert columns.reference_ranges == [None, None, None, "0.7-1.0", None]
    assert columns.lab_flags == [None, None, "N", None, None]
    assert columns.lab_refs == [None, None, None, "X-4", None]
    # The other way round: the lab's fields first, then rows without them.
    columns = ResultColumns.of(lab)
    columns.extend(ResultColumns.of(plain))
    assert columns.pairs() == lab + plain
    assert columns.statuses == [ResultStatus.PRELIMINARY] + [ResultStatus.FINAL] * 4
    assert columns.lab_refs == [None, "X-4", None, None, None]
    # Neither side has a lab field: they stay None.
    columns = ResultColumns.of(plain)
    columns.extend(ResultColumns.of(plain))
    assert (columns.statuses, columns.reference_ranges, columns.lab_flags, columns.lab_refs) == (None,) * 4
    assert columns.pairs() == plain + plain


# -- a daily dose or a drug class as typed ---------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "sentence"),
    [
        (" abc ", "The daily dose 'abc' is not a number of mg per day (e.g. 1000 or 1000 mg)."),
        (
            "1,000",
            "The daily dose '1,000' is ambiguous: write 1000 without a thousands separator, "
            "or a decimal with one or two decimals.",
        ),
        (
            "2.500 ",
            "The daily dose '2.500' is ambiguous: write 2500 without a thousands separator, "
            "or a decimal with one or two decimals.",
        ),
        ("0 mg", "The daily dose '0 mg' must be greater than zero."),
    ],
)
def test_a_dose_that_cannot_be_used_is_quoted_back_and_an_ambiguous_one_offers_the_whole_number(
    typed: str, sentence: str
) -> None:
    with pytest.raises(InputError) as refused:
        parse_dose(typed)
    assert str(refused.value.message) == sentence


def test_an_unknown_drug_class_is_quoted_back_with_every_class_accepted() -> None:
    with pytest.raises(InputError) as refused:
        parse_drug_class(" statinx ")
    assert str(refused.value.message) == (
        "Unknown drug class 'statinx'. Accepted: metformin, sulfonylurea, insulin, DPP-4 inhibitor, "
        "SGLT2 inhibitor, GLP-1 agonist, proton-pump inhibitor, loop diuretic, thiazide diuretic, "
        "magnesium supplement, other."
    )


# -- one sample met again in an import -------------------------------------------------------


def test_an_import_finds_each_repeat_of_a_sample_by_patient_specimen_date_and_time() -> None:
    day = D(2024, 1, 5)
    serum, plasma = Specimen.SERUM, Specimen.PLASMA
    stored = parse_measurement("0.74 mmol/L")
    index = SampleIndex()
    index.add_measurement(("P1", serum, day, None), stored, 7)
    rows = [
        (("P1", serum, day, None), "1.80 mg/dL"),  # 0: the stored draw in mg/dL (0.7406 mmol/L)
        (("P1", plasma, day, None), "0.74 mmol/L"),  # 1: plasma is another sample
        (("P1", serum, day, dt.time(8, 0)), "0.74 mmol/L"),  # 2: a time: another draw than one without
        (("P1", serum, day, dt.time(14, 0)), "0.74 mmol/L"),  # 3: another time, another draw
        (("P2", serum, day, None), "0.74 mmol/L"),  # 4: another patient
        (("P1", plasma, day, None), "1.48 mEq/L"),  # 5: row 1 again
        (("P1", serum, day, dt.time(14, 0)), "0.90 mmol/L"),  # 6: another value at 14:00: another reading
        (("P1", serum, day, dt.time(14, 0)), "0.9 mmol/L"),  # 7: row 6 again (0.85 to 0.95 holds 0.90)
        (("P2", serum, day, None), "0.740 mmol/L"),  # 8: row 4 again
        (("P1", serum, day, dt.time(8, 0)), "1.80 mg/dL"),  # 9: row 2 again
        (("P1", plasma, D(2024, 1, 6), None), "0.74 mmol/L"),  # 10: the next day
    ]
    measurements = [parse_measurement(text) for _, text in rows]
    repeats = index.keep_new_measurements([moment for moment, _ in rows], measurements)
    assert [(i, kept_id) for i, (_, kept_id) in repeats] == [(0, 7), (5, None), (7, None), (8, None), (9, None)]
    kept = [m for _, (m, _) in repeats]
    assert kept[0] is stored
    assert [id(m) for m in kept[1:]] == [id(measurements[n]) for n in (1, 6, 4, 2)]
    # What the import kept is found again by the one-result lookup.
    again = index.keep_new_measurement(("P1", plasma, D(2024, 1, 6), None), parse_measurement("0.74 mmol/L"))
    assert again is not None
    assert again[0] is measurements[10]
    assert index.keep_new_measurement(("P1", serum, day, dt.time(14, 0)), parse_measurement("0.74 mmol/L")) == (
        measurements[3],
        None,
    )


# -- who is at the keyboard (the audit log) ----------------------------------------------


@pytest.mark.skipif(os.name == "nt", reason="the POSIX account records; Windows asks GetUserNameW")
def test_the_user_is_the_operating_systems_name_for_the_real_user_id_or_the_number_without_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import pwd

    who.os_user.cache_clear()
    try:
        assert who.os_user() == pwd.getpwuid(os.getuid()).pw_name
        taken = {entry.pw_uid for entry in pwd.getpwall()}
        nameless = next(uid for uid in range(60_000, 70_000) if uid not in taken)
        monkeypatch.setattr(os, "getuid", lambda: nameless)
        monkeypatch.setenv("USER", "someone-else")
        who.os_user.cache_clear()
        assert who.os_user() == f"uid {nameless}"
    finally:
        monkeypatch.undo()
        who.os_user.cache_clear()


def test_the_workstation_is_the_machines_network_name_or_unknown_without_one(monkeypatch: pytest.MonkeyPatch) -> None:
    who.workstation.cache_clear()
    try:
        assert who.workstation() == platform.node()
        monkeypatch.setattr(platform, "node", lambda: "")
        who.workstation.cache_clear()
        assert who.workstation() == "unknown"
    finally:
        monkeypatch.undo()
        who.workstation.cache_clear()


def test_a_repeat_of_a_sample_kept_with_its_stored_id_returns_that_id() -> None:
    day = D(2024, 1, 5)
    index = SampleIndex()
    first = MagnesiumResult(day, parse_measurement("0.74 mmol/L"), "mmol/L", id=41)
    assert index.keep_new("P1", first) is None
    again = index.keep_new("P1", MagnesiumResult(day, parse_measurement("1.80 mg/dL"), "mg/dL"))
    assert again == MagnesiumResult(day, first.measurement, "mmol/L", id=41)
    moment = ("P2", Specimen.SERUM, day, dt.time(9, 30))
    assert index.keep_new_measurement(moment, parse_measurement("0.90 mmol/L"), 12) is None
    kept = index.keep_new_measurement(moment, parse_measurement("2.19 mg/dL"))  # 0.901 mmol/L
    assert kept is not None
    assert kept[1] == 12


def test_one_measurement_object_offered_again_and_again_is_found_among_several_readings_of_a_moment() -> None:
    # A file's rows share their measurement objects; the third reading at one
    # moment and the ones after it are compared with every reading kept.
    moment = ("P1", Specimen.SERUM, D(2024, 1, 5), dt.time(8, 0))
    low, normal, high = (parse_measurement(text) for text in ("0.50 mmol/L", "0.80 mmol/L", "1.20 mmol/L"))
    index = SampleIndex()
    assert index.keep_new_measurement(moment, low) is None
    assert index.keep_new_measurement(moment, normal) is None
    assert index.keep_new_measurement(moment, high) is None
    for _ in range(2):
        for measurement in (high, normal, low):
            kept = index.keep_new_measurement(moment, measurement)
            assert kept is not None
            assert kept[0] is measurement
    assert index.keep_new_measurement(moment, parse_measurement("2.92 mg/dL")) == (high, None)  # 1.2013 mmol/L


def test_a_moment_packs_its_date_time_of_day_and_specimen_each_in_a_range_of_its_own() -> None:
    # samples._moment: a serum result without a time is keyed by its date; any
    # other naive moment by ((ordinal * (a day's microseconds + 1) + time in
    # microseconds + 1, 0 for no time) << 3) | the specimen's code.
    a_day = 86_400_000_000
    day = D(2024, 1, 5)
    assert _moment(Specimen.SERUM, day, None) is day
    codes = {specimen: code for code, specimen in enumerate(Specimen)}
    times = [None, dt.time(0, 0), dt.time(0, 0, 0, 1), dt.time(0, 0, 59, 999_999), dt.time(8, 30, 15, 250)]
    times += [dt.time(23, 59, 59, 999_998), dt.time(23, 59, 59, 999_999)]
    keys = set()
    for specimen in Specimen:
        for at in times:
            if specimen is Specimen.SERUM and at is None:
                continue
            for moment_day in (day - dt.timedelta(days=1), day, day + dt.timedelta(days=1)):
                key = _moment(specimen, moment_day, at)
                assert isinstance(key, int)
                assert key & 0b111 == codes[specimen]
                micro = 0
                if at is not None:
                    micro = ((at.hour * 60 + at.minute) * 60 + at.second) * 1_000_000 + at.microsecond + 1
                assert divmod(key >> 3, a_day + 1) == (moment_day.toordinal(), micro)
                keys.add(key)
    assert len(keys) == (len(Specimen) * len(times) - 1) * 3
    # A time with a zone is kept whole: 08:00 UTC and 09:00 at UTC+1 are one moment.
    utc, plus_one = dt.UTC, dt.timezone(dt.timedelta(hours=1))
    assert _moment(Specimen.SERUM, day, dt.time(8, 0, tzinfo=utc)) == _moment(
        Specimen.SERUM, day, dt.time(9, 0, tzinfo=plus_one)
    )
    assert _moment(Specimen.SERUM, day, dt.time(8, 0, tzinfo=utc)) != _moment(
        Specimen.SERUM, day, dt.time(8, 0, tzinfo=plus_one)
    )


# -- numbers written into a message ----------------------------------------------------------


def test_a_number_in_a_message_has_exactly_the_decimals_asked_for() -> None:
    assert str(number(Decimal("0.74063"), 2)) == "0.74"
    assert str(number(Decimal("1"), 3)) == "1.000"
    assert str(number(Decimal("12.4"), 0)) == "12"
    assert str(number(0.74063, 2)) == "0.74"
    assert str(number(2.0, 1)) == "2.0"


# -- the time on metformin ---------------------------------------------------------------------


def _slope_how(results: list[MagnesiumResult], courses: list[MedicationCourse]) -> str:
    return english(summarize(courses, results, default_profile(), today=D(2023, 6, 1)).slope.how)


def test_the_slope_explanation_mentions_results_off_metformin_only_when_there_are_some() -> None:
    metformin = [MedicationCourse(DrugClass.METFORMIN, "metformin", D(2020, 1, 1), None, Decimal(1000))]
    values = ["0.90", "0.85", "0.80"]
    results = [
        MagnesiumResult(D(2020 + i, 6, 1), parse_measurement(f"{v} mmol/L"), "mmol/L") for i, v in enumerate(values)
    ]
    assert "y = mmol/L); 95% interval" in _slope_how(results, metformin)
    assert "(first started 2020-01-01; 1 found)." in _slope_how(results[:1], metformin)
    stopped = [MedicationCourse(DrugClass.METFORMIN, "metformin", D(2020, 1, 1), D(2021, 12, 31), Decimal(1000))]
    assert "(first started 2020-01-01; 2 found; 1 result taken off metformin is left out)." in _slope_how(
        results, stopped
    )


def test_the_time_on_metformin_of_someone_never_or_not_yet_on_it_is_zero() -> None:
    assert MetforminExposure().total_days(D(2023, 6, 1)) == 0
    planned = MetforminExposure(((D(2023, 7, 1), None),))
    assert planned.total_days(D(2023, 6, 1)) == 0
    assert planned.total_days(D(2023, 7, 11)) == 10


def test_the_day_a_time_on_metformin_is_reached_counts_only_days_taken() -> None:
    # Taken through 2020 (366 days), off in 2021, again from 2022; today is 2023-01-01.
    exposure = MetforminExposure(((D(2020, 1, 1), D(2020, 12, 31)), (D(2022, 1, 1), None)))
    today = D(2023, 1, 1)
    assert exposure.day_at_years(0.0, today) == D(2020, 1, 1)
    assert exposure.day_at_years(-1.0, today) == D(2019, 1, 1)  # 365 calendar days before the start
    # 366 days are reached at the end of the first course's last day, not when it resumes.
    reached = exposure.day_at_years(366 / 365.25, today)
    assert reached == D(2021, 1, 1)
    assert exposure.days(reached) == 366
    assert exposure.day_at_years(400 / 365.25, today) == D(2022, 2, 4)  # 34 days into the second course
    assert exposure.days(D(2022, 2, 4)) == 400
    # Beyond the exposure so far (366 + 365 days): projected from today, taken every day.
    assert exposure.day_at_years(800 / 365.25, today) == today + dt.timedelta(days=800 - 731)


def test_the_day_a_time_on_metformin_is_reached_skips_a_course_planned_after_today() -> None:
    exposure = MetforminExposure(((D(2020, 1, 1), D(2020, 12, 31)), (D(2023, 3, 1), None)))
    today = D(2023, 1, 1)
    assert exposure.day_at_years(500 / 365.25, today) == today + dt.timedelta(days=500 - 366)


def test_the_days_after_a_stop_are_off_metformin_and_add_nothing() -> None:
    exposure = MetforminExposure(((D(2020, 1, 1), D(2020, 12, 31)), (D(2022, 1, 1), D(2022, 6, 30))))
    days = [
        D(2019, 12, 31),
        D(2020, 1, 1),
        D(2020, 1, 2),
        D(2020, 12, 31),
        D(2021, 1, 1),
        D(2021, 12, 31),
        D(2022, 1, 1),
        D(2022, 6, 30),
        D(2022, 7, 1),
        D(2023, 1, 1),
    ]
    assert [exposure.days(day) for day in days] == [-1, 0, 1, 365, 366, 366, 366, 366 + 180, 366 + 181, 366 + 181]
    off = [exposure.phase(day) == "off" for day in days]
    assert off == [False, False, False, False, True, True, False, False, True, True]


# -- how each trend figure was computed -----------------------------------------------------


def _trend_case() -> tuple[list[MedicationCourse], list[MagnesiumResult]]:
    """On metformin 2019-2022 and again from March 2023; one result before, one in the gap, one urine."""
    courses = [
        MedicationCourse(DrugClass.METFORMIN, "metformin", D(2019, 1, 1), D(2022, 12, 31), Decimal(1000)),
        MedicationCourse(DrugClass.METFORMIN, "metformin", D(2023, 3, 1), None, Decimal(1000)),
    ]
    written = [
        (D(2018, 6, 1), "0.92 mmol/L"),
        (D(2019, 6, 1), "0.88 mmol/L"),
        (D(2020, 6, 1), "2.02 mg/dL"),
        (D(2021, 6, 1), "0.78 mmol/L"),
        (D(2022, 6, 1), "0.72 mmol/L"),
        (D(2023, 1, 15), "0.74 mmol/L"),  # in the gap
        (D(2023, 5, 1), "0.70 mmol/L"),
    ]
    results = [MagnesiumResult(day, parse_measurement(text), text.split()[1]) for day, text in written]
    results.append(MagnesiumResult(D(2023, 5, 1), parse_measurement("4.0 mmol/L"), "mmol/L", Specimen.URINE))
    return courses, results


def test_every_trend_figure_says_how_it_was_computed_with_its_own_numbers_and_dates() -> None:
    courses, results = _trend_case()
    summary = summarize(courses, results, default_profile(), today=D(2023, 6, 1))
    assert summary.metformin_start == D(2019, 1, 1)
    assert summary.n_off_metformin == 1
    how = {
        name: english(getattr(summary, name).how)
        for name in ("n", "latest", "days_since_last", "slope", "means", "fraction_below")
    }
    assert how == {
        "n": "Counted 7 serum/plasma magnesium results; 1 urine or red-cell results are not counted.",
        "latest": "The most recent serum/plasma result (2023-05-01, 0.70 mmol/L), classed on its exact value of "
        "0.70 mmol/L against the profile 'mgdesk default (adult serum)'.",
        "days_since_last": "Days from the latest result (2023-05-01) to today (2023-06-01).",
        "slope": "Ordinary least squares through 5 numeric serum/plasma results taken on metformin (x = cumulative "
        "years on metformin, days off the drug not counted; y = mmol/L; 1 result taken off metformin is left out); "
        "95% interval = slope +/- t(3 df) 3.182 x standard error 0.0024.",
        "means": "Arithmetic means in mmol/L of the 1 numeric serum/plasma results before the first metformin "
        "start (2019-01-01) and the 5 taken on metformin; 1 result taken off metformin is left out.",
        "fraction_below": "The share of serum/plasma results below 0.70 mmol/L: 0 of 7; a '<' result counts only "
        "when its bound is at or below the threshold.",
    }
    assert english(summary.projected_crossing.how) == (
        "The fitted line already reached 0.70 mmol/L at 4.0 cumulative years on metformin; first started 2019-01-01."
    )


def test_the_share_below_and_the_crossing_use_the_clinic_threshold() -> None:
    edges = {"critical_low_below": "0.4", "low_below": "0.7", "high_above": "1.05", "critical_high_above": "2"}
    clinic = profile_from_mapping(
        {"name": "clinic", **{k: Decimal(v) for k, v in edges.items()}, "hypomagnesemia_below": Decimal("0.75")},
        "clinic.toml",
    )
    courses, results = _trend_case()
    summary = summarize(courses, results, clinic, today=D(2023, 6, 1))
    assert summary.fraction_below.value == 3 / 7  # 0.72, 0.74 and 0.70 are below 0.75
    assert english(summary.fraction_below.how) == (
        "The share of serum/plasma results below 0.75 mmol/L (clinic threshold; literature 0.70 mmol/L): 3 of 7; "
        "a '<' result counts only when its bound is at or below the threshold."
    )
    assert english(summary.projected_crossing.how) == (
        "The fitted line already reached 0.75 mmol/L (clinic threshold; literature 0.70 mmol/L) at 3.0 cumulative "
        "years on metformin; first started 2019-01-01."
    )
    assert english(summary.latest.how).endswith("against the profile 'clinic'.")


def test_a_trend_without_results_or_metformin_says_so_for_every_figure() -> None:
    summary = summarize([], [], default_profile(), today=D(2023, 6, 1))
    assert summary.metformin_start is None
    assert [english(getattr(summary, name).how) for name in ("n", "latest", "days_since_last", "slope", "means")] == [
        "Counted 0 serum/plasma magnesium results.",
        "No serum/plasma result on file.",
        "No serum/plasma result on file.",
        "Never on metformin: there is no time on metformin to fit a slope over.",
        "Never on metformin: no before/after comparison.",
    ]
    assert summary.fraction_below.value is None
    assert english(summary.fraction_below.how) == "The share of serum/plasma results below 0.70 mmol/L: 0 of 0."
    courses, results = _trend_case()
    on_since_start = summarize(courses, results[1:], default_profile(), today=D(2023, 6, 1))
    assert english(on_since_start.means.how) == (
        "No numeric serum/plasma result before metformin was started on 2019-01-01."
    )


def test_a_birth_year_from_1880_to_this_year_is_accepted_and_any_other_refused_with_the_range() -> None:
    today = D(2024, 3, 1)
    assert check_birth_year(1880, today) == 1880
    assert check_birth_year(2024, today) == 2024
    for year in (1879, 2025):
        with pytest.raises(InputError) as refused:
            check_birth_year(year, today)
        assert refused.value.code == "birth-year-implausible"
        assert str(refused.value.message) == f"Birth year {year} is not plausible: it must lie between 1880 and 2024."


def _on_metformin_since_2020() -> list[MedicationCourse]:
    return [MedicationCourse(DrugClass.METFORMIN, "metformin", D(2020, 1, 1), None, Decimal(1000))]


def _each_new_year(*values: str) -> list[MagnesiumResult]:
    """Results in mmol/L on 1 January of 2020, 2021, ..."""
    return [
        MagnesiumResult(D(2020 + i, 1, 1), parse_measurement(f"{v} mmol/L"), "mmol/L") for i, v in enumerate(values)
    ]


def _projection(results: list[MagnesiumResult], courses: list[MedicationCourse], today: dt.date) -> list[str]:
    summary = summarize(courses, results, default_profile(), today=today)
    return [
        english(summary.projected_crossing.how),
        english(summary.falling_alert.how),
        english(summary.retest_due.how),
    ]


RULE = (
    "the alert is on when the projected crossing is on or before 2024-06-01 (today + 12 months) while the latest "
    "value is not below the threshold."
)
YEARLY = "the profile's re-test interval for a patient on metformin."


def test_the_projection_the_alert_and_the_re_test_say_which_case_applies() -> None:
    metformin, today = _on_metformin_since_2020(), D(2023, 6, 1)
    # 0.05 mmol/L a year from 0.90: 0.70 is reached about 4 years after the start, within a year from today.
    assert _projection(_each_new_year("0.90", "0.85", "0.80", "0.75"), metformin, today) == [
        "The fitted line reaches 0.70 mmol/L at 4.0 cumulative years on metformin (if it is taken every day "
        "from today); first started 2020-01-01.",
        "On: the projected crossing is on or before 2024-06-01 (today + 12 months) while the latest value is not "
        "below the threshold.",
        f"Due 12 months after the latest result (2023-01-01): {YEARLY}",
    ]
    # 0.01 a year: 25 years.
    assert _projection(_each_new_year("0.95", "0.94", "0.93", "0.92"), metformin, today)[:2] == [
        "The fitted line reaches 0.70 mmol/L at 25.0 cumulative years on metformin (if it is taken every day "
        "from today); first started 2020-01-01.",
        f"Off: the projected crossing is after 2024-06-01; {RULE}",
    ]
    # Already below: the alert is off, the re-test comes after 3 months.
    assert _projection(_each_new_year("0.90", "0.80", "0.70", "0.60"), metformin, today) == [
        "The fitted line already reached 0.70 mmol/L at 2.0 cumulative years on metformin; first started 2020-01-01.",
        f"Off: the latest value is already below the threshold; {RULE}",
        "Due 3 months after the latest result (2023-01-01): the profile's re-test interval after a low result.",
    ]
    assert _projection(_each_new_year("0.80", "0.85", "0.90"), metformin, today)[:2] == [
        "Not projected: the crossing of 0.70 mmol/L is projected only when the slope is negative and its 95% "
        "interval excludes zero.",
        f"Off: no projected crossing; {RULE}",
    ]
    assert _projection(_each_new_year("0.80"), metformin, today)[:2] == [
        "No slope, so no projection.",
        f"Off: no projected crossing; {RULE}",
    ]


def test_a_crossing_on_today_has_been_reached() -> None:
    # The line of 0.05 a year crosses 0.70 on 2024-01-02: reached that day, still ahead the day before.
    results = _each_new_year("0.90", "0.85", "0.80", "0.75")
    on_the_day = summarize(_on_metformin_since_2020(), results, default_profile(), today=D(2024, 1, 2))
    assert on_the_day.projected_crossing.value == D(2024, 1, 2)
    assert english(on_the_day.projected_crossing.how).startswith("The fitted line already reached 0.70 mmol/L")
    day_before = summarize(_on_metformin_since_2020(), results, default_profile(), today=D(2024, 1, 1))
    assert day_before.projected_crossing.value == D(2024, 1, 2)
    assert english(day_before.projected_crossing.how).startswith("The fitted line reaches 0.70 mmol/L")


def test_a_crossing_is_projected_up_to_100_years_from_now_not_from_the_start() -> None:
    metformin, today = _on_metformin_since_2020(), D(2023, 6, 1)
    # 0.002 a year from 0.90: 100 years after the start, 96.6 years from now.
    hundred = summarize(metformin, _each_new_year("0.9000", "0.8980", "0.8960", "0.8940"), default_profile(), today)
    assert hundred.projected_crossing.value == D(2120, 1, 7)
    # 0.001 a year: 200 years.
    too_far = _projection(_each_new_year("0.900", "0.899", "0.898", "0.897"), metformin, today)
    assert too_far[0] == "Not projected: the fitted line reaches 0.70 mmol/L more than 100 years from now."


def test_the_re_test_of_someone_without_results_or_metformin() -> None:
    today = D(2023, 6, 1)
    assert _projection([], _on_metformin_since_2020(), today)[2] == (
        "No serum/plasma result on file: a first test has been due since metformin was started."
    )
    assert summarize(_on_metformin_since_2020(), [], default_profile(), today).retest_due.value == D(2020, 1, 1)
    assert (
        _projection([], [], today)[2] == "No serum/plasma result on file and not on metformin: no re-test rule applies."
    )
    assert _projection(_each_new_year("0.80"), [], today)[2] == (
        "The latest result is not low and the patient is not on metformin today: no re-test rule applies."
    )


def test_a_result_below_the_clinic_threshold_but_in_the_normal_band_is_re_tested_as_a_low_one() -> None:
    edges = {"critical_low_below": "0.4", "low_below": "0.7", "high_above": "1.05", "critical_high_above": "2"}
    clinic = profile_from_mapping(
        {"name": "clinic", **{k: Decimal(v) for k, v in edges.items()}, "hypomagnesemia_below": Decimal("0.75")},
        "clinic.toml",
    )
    summary = summarize(_on_metformin_since_2020(), _each_new_year("0.80", "0.72"), clinic, D(2023, 6, 1))
    assert summary.retest_due.value == D(2021, 4, 1)
    assert english(summary.retest_due.how) == (
        "Due 3 months after the latest result (2021-01-01): the profile's re-test interval after a low result."
    )


def test_a_record_date_from_1900_to_tomorrow_is_accepted_and_any_other_refused_with_the_range() -> None:
    today = D(2024, 3, 1)
    for day in (D(1900, 1, 1), today, D(2024, 3, 2)):
        assert check_record_date(day, "collection date", today) == day
    refusals = {
        D(1899, 12, 31): "The collection date 1899-12-31 is not plausible: it must lie between 1900-01-01 and "
        "tomorrow (2024-03-02).",
        D(2024, 3, 3): "The collection date 2024-03-03 is not plausible: it must lie between 1900-01-01 and "
        "tomorrow (2024-03-02).",
    }
    for day, sentence in refusals.items():
        with pytest.raises(InputError) as refused:
            check_record_date(day, "collection date", today)
        assert refused.value.code == "date-implausible"
        assert str(refused.value.message) == sentence
    with pytest.raises(InputError) as refused:
        check_record_date(D(2024, 3, 3), "start date", today)
    assert str(refused.value.message).startswith("The start date 2024-03-03 is not plausible")


def test_an_unknown_specimen_and_a_patient_without_identifier_are_refused_by_name() -> None:
    with pytest.raises(InputError) as refused:
        parse_specimen(" saliva ")
    assert refused.value.code == "specimen-unknown"
    assert str(refused.value.message) == "Unknown specimen 'saliva'. Accepted: serum, plasma, urine, red-cell."
    with pytest.raises(InputError) as refused:
        Patient("  ")
    assert refused.value.code == "clinic-id-missing"
    assert str(refused.value.message) == "A patient needs a clinic identifier."


def test_a_course_may_stop_on_its_start_day_and_take_from_half_a_mg_to_under_a_kilogram_a_day() -> None:
    start = D(2024, 3, 1)
    assert MedicationCourse(DrugClass.METFORMIN, "metformin", start, start, Decimal("0.5")).daily_dose_mg == Decimal(
        "0.5"
    )
    assert MedicationCourse(DrugClass.METFORMIN, "metformin", start, None, Decimal("999999.999")).stop is None
    refusals = [
        (
            D(2024, 2, 29),
            Decimal(500),
            "course-stops-before-start",
            "The course of metformin stops (2024-02-29) before it starts (2024-03-01).",
        ),
        (
            None,
            Decimal(1_000_000),
            "dose-out-of-range",
            "The daily dose of metformin must be a number of mg greater than zero and below 1,000,000 "
            "(one kilogram a day).",
        ),
        (None, Decimal(0), "dose-out-of-range", None),
        (
            None,
            Decimal("1.0005"),
            "dose-too-precise",
            "The daily dose of metformin has more than three decimals of a mg.",
        ),
    ]
    for stop, dose, code, sentence in refusals:
        with pytest.raises(InputError) as refused:
            MedicationCourse(DrugClass.METFORMIN, "metformin", start, stop, dose)
        assert refused.value.code == code
        if sentence is not None:
            assert str(refused.value.message) == sentence


# -- a lab profile's own checks ----------------------------------------------------------------

EDGES = {
    "critical_low_below": Decimal("0.4"),
    "low_below": Decimal("0.7"),
    "high_above": Decimal("1.05"),
    "critical_high_above": Decimal(2),
}


@pytest.mark.parametrize(
    ("numbers", "reason"),
    [
        (
            {"retest_months_on_metformin": 121},
            "retest_months_on_metformin must be a whole number of months from 1 to 120, not 121.",
        ),
        (
            {"retest_months_after_low": 0},
            "retest_months_after_low must be a whole number of months from 1 to 120, not 0.",
        ),
        (
            {"retest_months_after_low": True},
            "retest_months_after_low must be a whole number of months from 1 to 120, not True.",
        ),
        (
            {"retest_months_after_low": 1.5},
            "retest_months_after_low must be a whole number of months from 1 to 120, not 1.5.",
        ),
        (
            {"retest_months_after_low": 13, "retest_months_on_metformin": 12},
            "retest_months_after_low (13) must not be longer than retest_months_on_metformin (12): a low result is "
            "re-tested sooner, not later.",
        ),
        ({"low_below": Decimal("NaN")}, "every edge must be a finite number."),
        ({"critical_low_below": Decimal(0)}, "every edge must be greater than zero."),
        (
            {"hypomagnesemia_below": Decimal(15)},
            "hypomagnesemia_below must be below 15 mmol/L, which no living patient reaches.",
        ),
    ],
)
def test_a_profile_refuses_each_impossible_number_and_says_which(numbers: dict[str, object], reason: str) -> None:
    with pytest.raises(ProfileError) as refused:
        LabProfile("clinic", **{**EDGES, **numbers})  # type: ignore[arg-type]
    assert str(refused.value.message) == f"Profile 'clinic': {reason}"


def test_a_profile_takes_the_largest_re_test_interval_and_a_low_interval_as_long_as_the_yearly_one() -> None:
    assert LabProfile("clinic", **EDGES, retest_months_on_metformin=120).retest_months_on_metformin == 120
    same = LabProfile("clinic", **EDGES, retest_months_on_metformin=12, retest_months_after_low=12)
    assert same.retest_months_after_low == 12


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        (10**6, "critical_high_above is far too large to be plausible."),
        (-(10**6), "critical_high_above is far too large to be plausible."),
        (
            10**6 - 1,
            "critical_high_above = 999999 mmol/L is not plausible; a band edge lies between 0.1 and 10 mmol/L.",
        ),
        (
            -(10**6) + 1,
            "critical_high_above = -999999 mmol/L is not plausible; a band edge lies between 0.1 and 10 mmol/L.",
        ),
    ],
)
def test_a_whole_number_edge_of_a_million_or_more_is_refused_before_any_arithmetic(written: int, reason: str) -> None:
    with pytest.raises(ProfileError) as refused:
        profile_from_mapping({"name": "c", **EDGES, "critical_high_above": written}, "clinic.toml")
    assert str(refused.value.message) == f"clinic.toml: {reason}"


def test_a_profile_takes_edges_from_0_1_to_10_and_a_threshold_from_the_critical_low_to_the_high_edge() -> None:
    assert profile_from_mapping(
        {"name": "c", **EDGES, "critical_low_below": Decimal("0.1")}, "c"
    ).critical_low_below == (Decimal("0.1"))
    assert profile_from_mapping({"name": "c", **EDGES, "critical_high_above": 10}, "c").critical_high_above == 10
    longest = profile_from_mapping({"name": "c", **EDGES, "retest_months_on_metformin": 120}, "c")
    assert longest.retest_months_on_metformin == 120
    for threshold in ("0.4", "1.05"):
        profile = profile_from_mapping({"name": "c", **EDGES, "hypomagnesemia_below": Decimal(threshold)}, "c")
        assert profile.hypomagnesemia_below == Decimal(threshold)


@pytest.mark.parametrize(
    ("numbers", "reason"),
    [
        ({"critical_high_above": "twelve"}, "critical_high_above must be a number, not 'twelve'."),
        (
            {"critical_low_below": Decimal("0.0999")},
            "critical_low_below = 0.0999 mmol/L is not plausible; a band edge lies between 0.1 and 10 mmol/L.",
        ),
        (
            {"retest_months_after_low": Decimal("1.5")},
            "retest_months_after_low must be a whole number of months from 1 to 120, not 1.5.",
        ),
        ({"low_below": Decimal("NaN")}, "low_below must be a finite number, not NaN."),
        ({"low_below": Decimal("1E-7")}, "low_below is far too large or too small to be plausible."),
        (
            {"retest_months_after_low": Decimal("1E+99")},
            "retest_months_after_low is far too large or too small to be plausible.",
        ),
        (
            {"hypomagnesemia_below": Decimal("0.39")},
            "hypomagnesemia_below must lie between critical_low_below and high_above (0.4 to 1.05 mmol/L), "
            "not 0.39 mmol/L.",
        ),
        (
            {"hypomagnesemia_below": Decimal("1.06")},
            "hypomagnesemia_below must lie between critical_low_below and high_above (0.4 to 1.05 mmol/L), "
            "not 1.06 mmol/L.",
        ),
    ],
)
def test_a_profile_file_s_implausible_number_is_refused_naming_the_file_the_key_and_the_range(
    numbers: dict[str, object], reason: str
) -> None:
    with pytest.raises(ProfileError) as refused:
        profile_from_mapping({"name": "c", **EDGES, **numbers}, "clinic.toml")
    assert str(refused.value.message) == f"clinic.toml: {reason}"


def test_an_import_keeps_a_timed_draw_apart_from_a_later_one_without_a_time() -> None:
    # A timed result met first must be kept under its own moment, not under its date.
    day = D(2024, 1, 5)
    for specimen in (Specimen.SERUM, Specimen.PLASMA):
        index = SampleIndex()
        moments = [("P9", specimen, day, dt.time(8, 0)), ("P9", specimen, day, None)]
        assert index.keep_new_measurements(moments, [parse_measurement("0.74 mmol/L")] * 2) == []


def test_metformin_courses_merge_only_when_the_next_starts_the_day_after_a_stop() -> None:
    def course(start: dt.date, stop: dt.date | None) -> MedicationCourse:
        return MedicationCourse(DrugClass.METFORMIN, "metformin", start, stop, Decimal(500))

    back_to_back = MetforminExposure.of([course(D(2020, 1, 1), D(2020, 1, 31)), course(D(2020, 2, 1), None)])
    assert back_to_back.periods == ((D(2020, 1, 1), None),)
    one_day_off = MetforminExposure.of([course(D(2020, 1, 1), D(2020, 1, 31)), course(D(2020, 2, 2), None)])
    assert one_day_off.periods == ((D(2020, 1, 1), D(2020, 1, 31)), (D(2020, 2, 2), None))
    assert one_day_off.days(D(2020, 2, 3)) == 32


def test_a_profile_in_meq_per_litre_with_two_decimals_keeps_edges_to_0_005_mmol_per_litre() -> None:
    # 0.01 mEq/L is 0.005 mmol/L: the band table needs 3 decimals in mmol/L, not 2.
    written = {"critical_low_below": "0.80", "low_below": "1.40", "high_above": "2.10", "critical_high_above": "4.00"}
    profile = profile_from_mapping(
        {"name": "c", "unit": "mEq/L", **{k: Decimal(v) for k, v in written.items()}}, "clinic.toml"
    )
    assert profile.edge_resolution_mmol_per_l == Decimal("0.005")
    assert profile.critical_low_below == Decimal("0.4")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ({"critical_low_below": Decimal("0.4"), "critical_high_above": Decimal(2)}, "missing low_below, high_above."),
        (
            {**EDGES, "unit": "mg"},
            "Unknown unit 'mg'. Accepted units: mg/dL (also mg/dl, mg/100mL, mg%), mg/L, "
            "mmol/L (also mmol/l, mM), umol/L (also µmol/L), mEq/L (also meq/L, mEq/l).",
        ),
        ({**EDGES, "sources": "lab"}, "[sources] must be a table of texts."),
        ({**EDGES, "name": " "}, "the profile needs a name."),
    ],
)
def test_a_profile_file_without_its_edges_unit_sources_or_name_is_refused_naming_the_file(
    data: dict[str, object], reason: str
) -> None:
    with pytest.raises(ProfileError) as refused:
        profile_from_mapping({"name": "c", **data}, "clinic.toml")
    assert str(refused.value.message) == f"clinic.toml: {reason}"


@pytest.mark.parametrize(
    ("value", "unit", "code", "sentence"),
    [
        (
            "1E-50",
            MgUnit.MMOL_L,
            "too-small",
            "0.00000000000000000000000000000000000000000000000001 mmol/L is below 0.000001 mmol/L, too small to "
            "show or to be a measured magnesium value: check the number and the unit.",
        ),
        (
            "1E-13",
            MgUnit.MEQ_L,
            "too-small",
            "0.0000000000001 mEq/L is below 0.000001 mmol/L, too small to show or to be a measured magnesium value: "
            "check the number and the unit.",
        ),
        (  # 0.0000005 mmol/L: past the early refusal, refused after the conversion
            "0.000001",
            MgUnit.MEQ_L,
            "too-small",
            "0.000001 mEq/L is below 0.000001 mmol/L, too small to show or to be a measured magnesium value: "
            "check the number and the unit.",
        ),
        (
            "5000000",
            MgUnit.MG_DL,
            "implausible-far",
            "5000000 mg/dL is far above 15 mmol/L in any unit, which no living patient has: check the number and "
            "the unit.",
        ),
    ],
)
def test_a_value_far_too_small_or_large_is_refused_quoting_it_in_its_own_unit(
    value: str, unit: MgUnit, code: str, sentence: str
) -> None:
    with pytest.raises(InputError) as refused:
        Measurement(Decimal(value), unit)
    assert refused.value.code == code
    assert str(refused.value.message) == sentence
