// Decodes envelopes and an OperationalError with quicktype's Go output (quicktype_out.go, package main).
package main

import (
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
	envelope, err := UnmarshalAPIResponse(data)
	if err != nil {
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
	// quicktype types error.code as a plain string; RESTErrorCode is a separate named string type.
	return fmt.Sprintf("failure %s token-expired=%t details=%s", body.Code, RESTErrorCode(body.Code) == TokenExpired, details), nil
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
	value, err := UnmarshalOperationalError(data)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	// quicktype types an integer enum as int64: there is no member name to print.
	fmt.Printf("operational %d -\n", value)
}
