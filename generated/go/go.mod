// Generated from catalog/*.yaml by `npm run build`; do not edit.
module vpn-error-codes

go 1.21
