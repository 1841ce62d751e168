// Decodes envelopes and an OperationalError with go-jsonschema's output (gojsonschema_out.go, package main),
// whose UnmarshalJSON methods check required fields and enum values.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
)

func describe(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	var envelope ApiResponse
	if err := json.Unmarshal(data, &envelope); err != nil {
		return "", err
	}
	if envelope.Success || envelope.Error == nil {
		return "success", nil
	}
	body := envelope.Error
	details := "-"
	if body.Details != nil {
		keys := make([]string, 0, len(body.Details))
		for key := range body.Details {
			keys = append(keys, key)
		}
		sort.Strings(keys)
		details = strings.Join(keys, ",")
	}
	tokenExpired := RestErrorCode(body.Code) == RestErrorCodeTOKENEXPIRED
	return fmt.Sprintf("failure %s token-expired=%t details=%s", body.Code, tokenExpired, details), nil
}

func main() {
	args := os.Args[1:]
	for _, path := range args[:len(args)-1] {
		line, err := describe(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Println(line)
	}
	data, err := os.ReadFile(args[len(args)-1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var value OperationalError
	if err := json.Unmarshal(data, &value); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	// go-jsonschema checks an integer enum's values but declares no constant per member.
	fmt.Printf("operational %d -\n", value)
}
