package api

import (
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"strings"
)

var (
	unmarshalerType = reflect.TypeOf((*json.Unmarshaler)(nil)).Elem()
	numberType      = reflect.TypeOf(json.Number(""))
)

// decodeExact decodes data, already checked as JSON, into v (a non-nil pointer) as encoding/json
// does, except that a struct field takes only the member whose name is exactly its JSON name (its
// tag's, or else the field's own), that members no field names are never read (so their depth does
// not matter), that a string keeps a lone surrogate (decodeString), and that an interface{} value
// (map[string]any, []any, ...) is anyValue's, at any depth and with numbers of any size. Values of
// other kinds (numbers, booleans, types with their own UnmarshalJSON) are encoding/json's.
func decodeExact(data []byte, v any) error {
	target := reflect.ValueOf(v)
	if target.Kind() != reflect.Pointer || target.IsNil() {
		return errors.New("api.Decode needs a non-nil pointer to decode into")
	}
	return decodeValue(trimJSON(data), target.Elem(), "")
}

func decodeValue(raw []byte, v reflect.Value, path string) error {
	t := v.Type()
	if raw[0] == 'n' || t == numberType || reflect.PointerTo(t).Implements(unmarshalerType) {
		return decodeStandard(raw, v, path)
	}
	switch t.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(t.Elem()))
		}
		return decodeValue(raw, v.Elem(), path)
	case reflect.Struct:
		members, ok := objectMembers(raw)
		if !ok {
			return mismatch(path, t)
		}
		return decodeStruct(members, v, path)
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return decodeStandard(raw, v, path)
		}
		items, ok := arrayItems(raw)
		if !ok {
			return mismatch(path, t)
		}
		slice := reflect.MakeSlice(t, len(items), len(items))
		for i, item := range items {
			if err := decodeValue(item, slice.Index(i), path+"/"+strconv.Itoa(i)); err != nil {
				return err
			}
		}
		v.Set(slice)
		return nil
	case reflect.Interface:
		if t.NumMethod() == 0 {
			v.Set(reflect.ValueOf(anyValue(raw)))
			return nil
		}
	case reflect.Map:
		members, ok := objectMembers(raw)
		if t.Key().Kind() != reflect.String || !ok {
			break
		}
		m := reflect.MakeMapWithSize(t, len(members))
		for _, member := range members {
			value := reflect.New(t.Elem()).Elem()
			if err := decodeValue(member.value, value, path+"/"+member.name); err != nil {
				return err
			}
			m.SetMapIndex(reflect.ValueOf(member.name).Convert(t.Key()), value)
		}
		v.Set(m)
		return nil
	case reflect.String:
		if raw[0] != '"' {
			return mismatch(path, t)
		}
		v.SetString(decodeString(raw))
		return nil
	}
	return decodeStandard(raw, v, path)
}

func decodeStruct(members []member, v reflect.Value, path string) error {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		field := t.Field(i)
		if !field.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(field.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" && field.Anonymous && field.Type.Kind() == reflect.Struct {
			// An embedded struct's fields are its container's, as encoding/json has them.
			if err := decodeStruct(members, v.Field(i), path); err != nil {
				return err
			}
			continue
		}
		if name == "" {
			name = field.Name
		}
		if raw, ok := lastMember(members, name); ok {
			if err := decodeValue(raw, v.Field(i), path+"/"+name); err != nil {
				return err
			}
		}
	}
	return nil
}

// decodeStandard leaves a value to encoding/json, saying where it failed.
func decodeStandard(raw []byte, v reflect.Value, path string) error {
	if err := json.Unmarshal(raw, v.Addr().Interface()); err != nil {
		return errors.New(where(path) + ": " + err.Error())
	}
	return nil
}

func mismatch(path string, t reflect.Type) error {
	return errors.New(where(path) + " cannot be decoded into a Go " + t.String())
}

func where(path string) string {
	if path == "" {
		return "the body"
	}
	return path
}
