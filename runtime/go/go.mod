// The runtime is built under the published module's path, so that the build copies its files into
// generated/go unchanged: runtime/go/retry/decision.go becomes generated/go/retry/decision.go, and an
// import of this module's api package means the same package in both places.
module github.com/vpn-error-codes/vpn-error-codes/generated/go

go 1.21
