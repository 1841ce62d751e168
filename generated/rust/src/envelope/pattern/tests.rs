// Copied from runtime/rust/src/envelope/pattern/tests.rs by npm run build: edit that file, not this copy.
use super::*;

fn is_match(pattern: &str, text: &str) -> bool {
    Pattern::new(pattern).unwrap().is_match(text)
}

fn whole(pattern: &str, text: &str) -> Option<Vec<Option<String>>> {
    let groups = Pattern::new(pattern).unwrap().whole_match(text)?;
    Some(groups.into_iter().map(|g| g.map(str::to_owned)).collect())
}

fn groups(items: &[Option<&str>]) -> Option<Vec<Option<String>>> {
    Some(items.iter().map(|g| g.map(str::to_owned)).collect())
}

#[test]
fn literals_classes_and_escapes() {
    assert!(whole("abc", "abc").is_some());
    assert!(whole("abc", "abcd").is_none());
    assert!(whole("[A-Za-z0-9+.-]+", "a+B.9-").is_some());
    assert!(whole("[A-Za-z0-9+.-]+", "a_b").is_none());
    assert!(whole("[^a-c]", "d").is_some());
    assert!(whole("[^a-c]", "b").is_none());
    assert!(whole(r"\d\D\w\W", "1a_!").is_some());
    assert!(whole(r"\d", "٣").is_none());
    assert!(whole(r"\.\*\(\)\[\]\{\}\|\\\/\^\$\?\+", r".*()[]{}|\/^$?+").is_some());
    assert!(whole(r"[\d_\-]+", "1_-2").is_some());
    assert!(whole(r"\t\n\v\f\r", "\t\n\u{b}\u{c}\r").is_some());
    assert!(whole("[]", "").is_none());
}

#[test]
fn any_character_is_a_character_not_a_byte_and_not_a_line_terminator() {
    assert!(whole("a.c", "aéc").is_some());
    assert!(whole("a.c", "a😀c").is_some());
    assert!(whole("a.c", "a\nc").is_none());
    assert!(whole("a.c", "a\u{2028}c").is_none());
    assert!(whole("[^x]", "😀").is_some());
}

#[test]
fn quantifiers() {
    assert!(whole("a{3}", "aaa").is_some());
    assert!(whole("a{3}", "aa").is_none());
    assert!(whole("a{2,}", "aaaaa").is_some());
    assert!(whole("a{2,3}", "aaaa").is_none());
    assert!(whole("a{0,1}b?c*d+", "dd").is_some());
    assert!(whole("(?:ab)+", "ababab").is_some());
    assert!(whole("(?:ab)+", "").is_none());
}

#[test]
fn alternation_and_groups_capture_in_priority_order() {
    assert_eq!(
        whole("(a|ab)(c|bcd)(d*)", "abcd"),
        groups(&[Some("abcd"), Some("a"), Some("bcd"), Some("")])
    );
    assert_eq!(
        whole("(?:[Zz]|([+-])(\\d\\d))", "Z"),
        groups(&[Some("Z"), None, None])
    );
    assert_eq!(
        whole("(?:[Zz]|([+-])(\\d\\d))", "-05"),
        groups(&[Some("-05"), Some("-"), Some("05")])
    );
    assert_eq!(whole("(a*)*", "aa"), groups(&[Some("aa"), Some("aa")]));
    assert!(whole("a|", "").is_some());
}

#[test]
fn a_search_finds_a_match_anywhere_unless_anchored() {
    assert!(is_match("b+", "aaabbb"));
    assert!(!is_match("^b+", "aaabbb"));
    assert!(!is_match("a$", "ab"));
    assert!(is_match("", "anything"));
    assert!(is_match("$", ""));
    let code = "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$";
    assert!(is_match(code, "A_B2_C"));
    assert!(!is_match(code, "A__B"));
    assert!(!is_match(code, "A_B\n"));
}

#[test]
fn patterns_that_would_make_a_backtracker_hang_finish_in_linear_time() {
    let text = "a".repeat(50_000);
    assert!(!is_match("^(a*)*b$", &text));
    assert!(!is_match("(a|aa)+b", &text));
    assert!(whole("(a|a)*", &text).is_some());
    assert!(!is_match("(x+x+)+y", &"x".repeat(20_000)));
}

#[test]
fn anything_outside_the_subset_is_refused() {
    let refused = [
        "(a",
        "a)",
        "[a",
        "a{2",
        "a{,2}",
        "a{3,2}",
        "a{99999999999}",
        "a*?",
        "a**",
        "*a",
        "^*",
        "(?<name>a)",
        "(?=a)",
        r"\b",
        r"\s",
        r"\p{L}",
        "[z-a]",
        r"[\D]",
        r"[a-\d]",
        r"[\d-z]",
        "a\\",
        "{",
        "}",
    ];
    for pattern in refused {
        assert!(Pattern::new(pattern).is_err(), "{pattern}");
    }
    assert!(Pattern::new(&"(".repeat(MAX_DEPTH + 1)).is_err());
    assert!(Pattern::new("a{10000}").is_err());
    assert!(Pattern::new("(?:(?:(?:){1000}){1000}){1000}").is_ok());
    assert_eq!(
        Pattern::new("a{3,2}").unwrap_err().to_string(),
        "a {n,m} quantifier's bounds are out of order"
    );
}
