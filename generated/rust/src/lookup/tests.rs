// Copied from runtime/rust/src/lookup/tests.rs by npm run build: edit that file, not this copy.
//! The lookups against a synthetic family of three codes.

use super::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Synthetic {
    First,
    Second,
    Third,
}

const ALL: [Synthetic; 3] = [Synthetic::First, Synthetic::Second, Synthetic::Third];

static KEYS: [KeyEntry; 6] = [
    KeyEntry {
        key: Key::Text("First"),
        index: 0,
        matched_by: MatchedBy::Name,
    },
    KeyEntry {
        key: Key::Text("Second"),
        index: 1,
        matched_by: MatchedBy::Name,
    },
    KeyEntry {
        key: Key::Text("SECOND_OLD"),
        index: 1,
        matched_by: MatchedBy::LegacyName,
    },
    KeyEntry {
        key: Key::Text("Premier"),
        index: 0,
        matched_by: MatchedBy::Alias,
    },
    KeyEntry {
        key: Key::Integer(7),
        index: 2,
        matched_by: MatchedBy::Value,
    },
    KeyEntry {
        key: Key::Text("7"),
        index: 2,
        matched_by: MatchedBy::Value,
    },
];

#[test]
fn finds_a_member_by_every_key_and_says_how() {
    let found = |key: Key<'_>| find(&ALL, &KEYS, key).map(|m| (m.member, m.matched_by));
    assert_eq!(
        found("First".into()),
        Some((Synthetic::First, MatchedBy::Name))
    );
    assert_eq!(
        found("Premier".into()),
        Some((Synthetic::First, MatchedBy::Alias))
    );
    assert_eq!(
        found("SECOND_OLD".into()),
        Some((Synthetic::Second, MatchedBy::LegacyName))
    );
    assert_eq!(
        found(7i64.into()),
        Some((Synthetic::Third, MatchedBy::Value))
    );
    assert_eq!(
        found(7u16.into()),
        Some((Synthetic::Third, MatchedBy::Value))
    );
    assert_eq!(
        found("7".into()),
        Some((Synthetic::Third, MatchedBy::Value))
    );
}

#[test]
fn an_unknown_key_is_none_never_a_panic() {
    for key in [
        "",
        " ",
        "first",
        "7.0",
        "0x7",
        "__proto__",
        "constructor",
        "First ",
    ] {
        assert_eq!(find(&ALL, &KEYS, Key::Text(key)), None, "{key:?}");
    }
    for key in [-1, 0, 8, i64::MAX, i64::MIN] {
        assert_eq!(find(&ALL, &KEYS, Key::Integer(key)), None, "{key}");
    }
    let broken = [KeyEntry {
        key: Key::Integer(1),
        index: 99,
        matched_by: MatchedBy::Value,
    }];
    assert_eq!(find(&ALL, &broken, Key::Integer(1)), None);
}

#[test]
fn a_name_lookup_takes_names_not_values() {
    assert_eq!(find_name(&ALL, &KEYS, "Premier"), Some(Synthetic::First));
    assert_eq!(
        find_name(&ALL, &KEYS, "SECOND_OLD"),
        Some(Synthetic::Second)
    );
    assert_eq!(find_name(&ALL, &KEYS, "7"), None);
}

#[test]
fn matched_by_prints_the_catalogs_words() {
    let words: Vec<String> = [
        MatchedBy::Value,
        MatchedBy::Name,
        MatchedBy::Alias,
        MatchedBy::LegacyName,
    ]
    .iter()
    .map(ToString::to_string)
    .collect();
    assert_eq!(words, ["value", "name", "alias", "legacyName"]);
    assert_eq!(Key::from("x").to_string(), "x");
    assert_eq!(Key::from(1234).to_string(), "1234");
}
