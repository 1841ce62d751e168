package retry

// Strategy is a retry strategy's word, as the policy's maps give it (runtime/SPEC.md §7).
type Strategy string

// The strategies a policy may name. The decision acts on three of them by name (refresh the token,
// wait for the rate-limit window, back off); which ones fail at once is the policy's FailingStrategies.
const (
	StrategyNotApplicable      Strategy = "not-applicable"
	StrategyNoRetry            Strategy = "no-retry"
	StrategyBackoff            Strategy = "backoff"
	StrategyWaitForWindow      Strategy = "wait-for-window"
	StrategyRefreshCredentials Strategy = "refresh-credentials"
	StrategyReconnectTunnel    Strategy = "reconnect-tunnel"
)

// Policy is everything a decision reads (runtime/SPEC.md §1), keyed by wire values: statuses by
// number, codes by the string that arrives in error.code. Times are float64 milliseconds (§2).
// The zero Policy lists no status, so that every decision under it fails.
type Policy struct {
	// The wait before retry n (1-based) is InitialDelayMs·Multiplier^(n−1) plus a jitter in
	// [JitterMinMs, JitterMaxMs], at most MaxDelayMs; past MaxRetries there is no retry (§6).
	InitialDelayMs float64
	Multiplier     float64
	JitterMinMs    float64
	JitterMaxMs    float64
	MaxRetries     int
	MaxDelayMs     float64

	// The headers by which a rate-limited response says how long to wait (§4, §5).
	RetryAfterHeader string
	ResetHeader      string
	// The longest wait a client honours; a server asking for more is told no.
	MaxWaitMs float64
	// A reset value from this up is Unix milliseconds rather than seconds; 0 reads every value as
	// seconds (§5).
	ResetMillisecondsFrom float64

	// Whether a known code under a status other than its documented one takes the more cautious of
	// the code's advice and the status's rule (§7).
	MostCautious bool
	// Strategies under which the decision fails at once: nothing a client does at the HTTP level helps.
	FailingStrategies map[Strategy]bool
	// Each status's strategy; a status not listed fails.
	Statuses map[int]Strategy
	// Each code's own advice, which wins over its status's rule.
	Codes map[string]CodeAdvice
}

// CodeAdvice is one code's advice: its strategy, the status documented for it (0: none) and why, which
// a failing decision's Detail quotes.
type CodeAdvice struct {
	Strategy   Strategy
	HTTPStatus int
	Reason     string
}
