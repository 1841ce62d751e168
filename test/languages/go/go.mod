module vpn-error-codes-harness

go 1.21

require github.com/vpn-error-codes/vpn-error-codes/generated/go v0.0.0

replace github.com/vpn-error-codes/vpn-error-codes/generated/go => ../../../generated/go
