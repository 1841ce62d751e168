// Generated from catalog/*.yaml by scripts/emit/languages/go/package.ts (npm run build); do not edit.
module vpn-error-codes

go 1.21
