namespace VpnErrorCodes.Tests
{
    using System;
    using System.IO;
    using System.Net;
    using System.Net.Http;
    using System.Text;
    using System.Threading;
    using System.Threading.Tasks;
    using NUnit.Framework;

    [TestFixture]
    public class HttpAndOptionsTests
    {
        private static readonly DateTimeOffset Now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        private static RetryOptions Options(int attempt = 1)
        {
            return new RetryOptions { Policy = Synthetic.Decision(), Attempt = attempt, Clock = () => Now, Random = () => 0.25 };
        }

        private static HttpResponseMessage Response(int status, HttpContent content)
        {
            return new HttpResponseMessage((HttpStatusCode)status) { Content = content };
        }

        [Test]
        public void OptionsGiveTheExplicitAnswer()
        {
            var headers = Synthetic.Headers(Synthetic.WaitHeader, "7");
            string body = Synthetic.ErrorBody(Synthetic.LimitCode);
            RetryDecision explicitly = Retries.AdviseRetry(Synthetic.Decision(), Synthetic.WindowStatus, headers, body, 1, false, Now.ToUnixTimeMilliseconds(), () => 0.25);
            RetryDecision decision = Retries.AdviseRetry(Synthetic.WindowStatus, headers, body, Options());
            Assert.AreEqual(explicitly.ToString(), decision.ToString());
            Assert.AreEqual(TimeSpan.FromMilliseconds(decision.DelayMs), decision.Delay);
            Assert.IsTrue(decision.ShouldRetry);
        }

        [Test]
        public void AClockOrRandomSourceThatFailsIsNoException()
        {
            var options = Options();
            options.Clock = () => { throw new InvalidOperationException("no clock"); };
            options.Random = () => { throw new InvalidOperationException("no randomness"); };
            Assert.AreEqual(RetryAction.Retry, Retries.AdviseRetry(Synthetic.FlakyStatus, null, null, options).Action);
        }

        [Test]
        public void TheRuntimeAloneHasNoPolicyOfItsOwn()
        {
            // The package's generated part supplies its policy; the runtime compiled alone asks for one.
            Assert.Throws<ArgumentException>(() => Retries.AdviseRetry(Synthetic.FlakyStatus, null, null, new RetryOptions()));
        }

        [Test]
        public void AnHttpResponseIsReadWithItsHeadersAndItsContentsHeaders()
        {
            HttpResponseMessage response = Response(Synthetic.WindowStatus, new StringContent(Synthetic.ErrorBody(Synthetic.LimitCode)));
            response.Content.Headers.TryAddWithoutValidation(Synthetic.WaitHeader, "7");
            RetryDecision decision = response.AdviseRetryAsync(Options()).Result;
            Assert.AreEqual(RetryBasis.RetryAfter, decision.Basis);
            Assert.AreEqual(7013, decision.DelayMs); // 7 s and a quarter of the 50 ms jitter, rounded up
        }

        [Test]
        public void ASuccessIsDecidedWithoutReadingItsBody()
        {
            var content = new ThrowingContent();
            Assert.AreEqual("fail not-an-error", Response(Synthetic.SuccessStatus, content).AdviseRetryAsync(Options()).Result.ToString());
            Assert.IsFalse(content.Read);
        }

        [Test]
        public void ABodyThatCannotBeReadOrIsTooLongGivesNoCode()
        {
            // The code's own advice would refuse; without a code the status's backoff decides.
            string final = Synthetic.ErrorBody(Synthetic.FinalCode);
            Assert.AreEqual("fail not-retryable", Response(Synthetic.FlakyStatus, new StringContent(final)).AdviseRetryAsync(Options()).Result.ToString());
            Assert.AreEqual(RetryAction.Retry, Response(Synthetic.FlakyStatus, new ThrowingContent()).AdviseRetryAsync(Options()).Result.Action);
            string padded = final + new string(' ', HttpBodies.MaxLength + 1 - final.Length);
            Assert.AreEqual(RetryAction.Retry, Response(Synthetic.FlakyStatus, new StringContent(padded)).AdviseRetryAsync(Options()).Result.Action);
            string exact = final + new string(' ', HttpBodies.MaxLength - final.Length);
            Assert.AreEqual("fail not-retryable", Response(Synthetic.FlakyStatus, new StringContent(exact)).AdviseRetryAsync(Options()).Result.ToString());
            Assert.AreEqual(ResponseKind.Invalid, ApiResponses.Decode(Synthetic.Envelope(), padded).Kind);
        }

        [Test]
        public void BytesAreUtf8WithoutTheirByteOrderMark()
        {
            byte[] text = Encoding.UTF8.GetBytes(Synthetic.ErrorBody(Synthetic.FinalCode));
            var withMark = new byte[text.Length + 3];
            withMark[0] = 0xEF;
            withMark[1] = 0xBB;
            withMark[2] = 0xBF;
            Array.Copy(text, 0, withMark, 3, text.Length);
            Assert.AreEqual("fail not-retryable", Response(Synthetic.FlakyStatus, new ByteArrayContent(withMark)).AdviseRetryAsync(Options()).Result.ToString());
            Assert.AreEqual("\uFFFD", HttpBodies.Text(new byte[] { 0xC3 }, 1));
        }

        [Test]
        public void CancellationIsTheOneException()
        {
            var cancelled = new CancellationTokenSource();
            cancelled.Cancel();
            var error = Assert.Throws<AggregateException>(() => Response(Synthetic.FlakyStatus, new StringContent("{}")).AdviseRetryAsync(Options(), cancelled.Token).Wait());
            Assert.IsInstanceOf<OperationCanceledException>(error.InnerException);
        }

        [Test]
        public void ADecodedResponseKeepsItsStatusAndEnsureSuccessThrowsTheErrorTyped()
        {
            string body = "{\"success\":false,\"error\":{\"code\":\"" + Synthetic.DetailedCode + "\",\"message\":\"m\",\"details\":{\"count\":1,\"when\":\"2026-06-30T23:59:60Z\"}}}";
            DecodedResponse decoded = Response(Synthetic.FinalStatus, new StringContent(body)).DecodeApiResponseAsync(Synthetic.Envelope()).Result;
            Assert.AreEqual(Synthetic.FinalStatus, decoded.Status);
            var error = Assert.Throws<ApiException>(() => decoded.EnsureSuccess());
            Assert.AreEqual(Synthetic.FinalStatus, error.Status);
            Assert.AreEqual(Synthetic.DetailedCode, error.Code.Value);
            Assert.IsInstanceOf<Synthetic.DetailedDetails>(error.Details);
            StringAssert.Contains("(" + Synthetic.FinalStatus + "): m", error.Message);

            DecodedResponse html = Response(Synthetic.FlakyStatus, new StringContent("<html>Bad gateway</html>")).DecodeApiResponseAsync(Synthetic.Envelope()).Result;
            var invalid = Assert.Throws<InvalidResponseException>(() => html.EnsureSuccess());
            Assert.AreEqual(Synthetic.FlakyStatus, invalid.Status);
            StringAssert.Contains("HTML", invalid.Problem);
            Assert.AreEqual("1", ApiResponses.Decode(Synthetic.Envelope(), "{\"success\":true,\"data\":1}").EnsureSuccess().NumberText);
        }

        [Test]
        public void JsonDataIsTotal()
        {
            JsonData value = JsonData.Parse("{\"a\":[1,\"x\",true,null],\"b\":{}}");
            Assert.IsNull(value["missing"]);
            Assert.IsNull(value[0]);
            Assert.IsNull(value["a"]["x"]);
            Assert.IsNull(value["a"][9]);
            Assert.IsNull(value["a"][1].AsDouble());
            Assert.IsNull(value["a"][0].AsString());
            Assert.AreEqual(true, value["a"][2].AsBoolean());
            Assert.AreEqual(JsonType.Null, value["a"][3].Type);
            Assert.AreEqual(new[] { "a", "b" }, value.Names);
            Assert.AreEqual("{\"a\":[1,\"x\",true,null],\"b\":{}}", value.ToString());
            foreach (string text in new[] { null, "", " ", "01", "1.", "-", "[1,]", "{\"a\" 1}", "\"\\x\"", "\"\\u12\"", "tru", "1 2", "\u00A01", "NaN" })
            {
                Assert.IsNull(JsonData.Parse(text), text ?? "null");
            }
        }

        [Test]
        public void AnIndexFindsPositionsByKeyTheFirstKeyWinning()
        {
            var facts = new CodeFacts("F", "A", 1, "g", "d", null, false, new RetryAdvice(RetryStrategy.NoRetry, "inferred", "n"), null, "stable", null);
            int made = 0;
            int keyed = 0;
            var index = new CodeIndex(2, p => { made++; return facts; }, i => { keyed++; i.Key("A", MatchedBy.Name, 0).Key("A", MatchedBy.Alias, 1); });
            Assert.AreEqual(0, keyed, "keys are added when a text is first looked up");
            int position;
            MatchedBy matchedBy;
            Assert.IsTrue(index.TryFind("A", out position, out matchedBy));
            Assert.AreEqual(0, position);
            Assert.AreEqual(MatchedBy.Name, matchedBy);
            Assert.AreEqual(1, keyed);
            Assert.IsFalse(index.TryFind(null, out position, out matchedBy));
            Assert.IsFalse(index.TryFind("a", out position, out matchedBy));
            Assert.AreEqual(1, keyed);
            Assert.IsNull(index[2]);
            Assert.AreSame(facts, index[1]);
            Assert.AreSame(facts, index[1]);
            Assert.AreEqual(1, made, "facts are made once, when first asked for");
            Assert.Throws<ArgumentOutOfRangeException>(() => index.Key("B", MatchedBy.Name, 2));
            Assert.AreEqual("legacyName", MatchedBy.LegacyName.Wire());
        }

        // Content whose body cannot be read.
        private sealed class ThrowingContent : HttpContent
        {
            internal bool Read { get; private set; }

            protected override Task SerializeToStreamAsync(Stream stream, TransportContext context)
            {
                Read = true;
                throw new IOException("the connection was reset");
            }

            protected override bool TryComputeLength(out long length)
            {
                length = -1;
                return false;
            }
        }
    }
}
