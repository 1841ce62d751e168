import { ResponseResult, isResponseResult, retryAdvice, retryPolicy } from "vpn-error-codes";
import type { ApiResponse } from "vpn-error-codes";

const body: ApiResponse = { success: false, error: { code: "SOMETHING_NEW", message: "forward compatible" } };
console.log(body.success ? "ok" : body.error.code);
console.log(`${isResponseResult(ResponseResult.UnAuthorized)} ${retryAdvice("QUOTA_EXCEEDED")?.strategy} ${retryPolicy.backoff.maxRetries}`);
