package codeinfo

import "testing"

// A synthetic family, so that the test holds for any catalog.
func synthetic() *Table {
	return NewTable(
		[]Info{
			{Family: "Synthetic", Name: "First", Value: "1", Retryable: true, Strategy: "backoff"},
			{Family: "Synthetic", Name: "Second", Value: "2", Deprecated: &Deprecation{Reason: "renamed", Replacement: "First"}},
		},
		[]Key{
			{"1", 0, ByValue}, {"First", 0, ByName}, {"Premier", 0, ByAlias},
			{"2", 1, ByValue}, {"Second", 1, ByName}, {"SECOND", 1, ByLegacyName},
			{"out of range", 7, ByName}, {"negative", -1, ByName},
		},
	)
}

func TestFindsEachKeyAndSaysHow(t *testing.T) {
	table := synthetic()
	for key, want := range map[string]struct {
		name string
		by   KeyKind
	}{
		"1": {"First", ByValue}, "First": {"First", ByName}, "Premier": {"First", ByAlias},
		"2": {"Second", ByValue}, "SECOND": {"Second", ByLegacyName},
	} {
		m, ok := table.Find(key)
		if !ok || m.Name != want.name || m.By != want.by {
			t.Errorf("Find(%q) = %+v, %v", key, m, ok)
		}
		if info, ok := table.Lookup(key); !ok || info != m.Info {
			t.Errorf("Lookup(%q) = %+v, %v", key, info, ok)
		}
	}
	if m, _ := table.Find("Second"); m.Index != 1 || m.Deprecated.Replacement != "First" {
		t.Errorf("Find(Second) = %+v", m)
	}
}

func TestUnknownKeysFindNothing(t *testing.T) {
	table := synthetic()
	for _, key := range []string{"", " ", "first", "1.0", "01", "__proto__", "constructor", "out of range", "negative"} {
		if m, ok := table.Find(key); ok || m != (Match{}) {
			t.Errorf("Find(%q) = %+v, %v", key, m, ok)
		}
	}
	var zero *Table
	if _, ok := zero.Find("1"); ok || zero.Len() != 0 || (&Table{}).Len() != 0 {
		t.Error("a nil or zero table found something")
	}
}

func TestByValueTakesValuesOnly(t *testing.T) {
	table := synthetic()
	if info, ok := table.ByValue("2"); !ok || info.Name != "Second" {
		t.Errorf("ByValue(2) = %+v, %v", info, ok)
	}
	for _, key := range []string{"First", "Premier", "SECOND", "3"} {
		if _, ok := table.ByValue(key); ok {
			t.Errorf("ByValue(%q) found a code", key)
		}
	}
	if table.Len() != 2 {
		t.Errorf("Len() = %d", table.Len())
	}
}
