// Generated from catalog/*.yaml by scripts/emit/languages/go/package.ts (npm run build); do not edit.
module github.com/vpn-error-codes/vpn-error-codes/generated/go

go 1.21
