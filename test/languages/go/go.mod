module vpn-error-codes-harness

go 1.21

require vpn-error-codes v0.0.0

replace vpn-error-codes => ../../../generated/go
