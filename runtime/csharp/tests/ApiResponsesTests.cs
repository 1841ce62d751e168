namespace VpnErrorCodes.Tests
{
    using System;
    using System.Globalization;
    using System.Linq;
    using System.Threading;
    using NUnit.Framework;

    [TestFixture]
    public class ApiResponsesTests
    {
        private static readonly EnvelopePolicy Policy = Synthetic.Envelope();

        private static DecodedResponse Decode(string body)
        {
            return ApiResponses.Decode(Policy, body);
        }

        private static string Failure(string code, string details = null)
        {
            return "{\"success\":false,\"error\":{\"code\":\"" + code + "\",\"message\":\"m\"" + (details == null ? "" : ",\"details\":" + details) + "}}";
        }

        private static string Detailed(string details)
        {
            return Failure(Synthetic.DetailedCode, details);
        }

        [Test]
        public void ASuccessCarriesItsData()
        {
            DecodedResponse response = Decode("{\"success\":true,\"data\":{\"id\":1}}");
            Assert.AreEqual(ResponseKind.Success, response.Kind);
            Assert.AreEqual("1", response.Data["id"].NumberText);
            Assert.AreEqual(JsonType.Null, Decode("{\"success\":true,\"data\":null}").Data.Type);
            Assert.AreEqual(ResponseKind.Invalid, Decode("{\"success\":true}").Kind);
        }

        [Test]
        public void AFailureCarriesItsError()
        {
            DecodedResponse response = Decode(Failure(Synthetic.LimitCode));
            ApiError error;
            Assert.IsTrue(response.TryGetError(out error));
            Assert.AreEqual(ResponseKind.Failure, response.Kind);
            Assert.AreEqual(new ErrorCode(Synthetic.LimitCode), error.Code);
            Assert.AreEqual("m", error.Message);
            Assert.IsNull(error.Details);
            Assert.IsNull(response.Problem);
        }

        [Test]
        public void AnUnknownCodeMustBeShapedLikeOne()
        {
            Assert.AreEqual(ResponseKind.Failure, Decode(Failure("SYN_NEWER")).Kind);
            Assert.AreEqual(ResponseKind.Invalid, Decode(Failure("syn_newer")).Kind);
            Assert.AreEqual(ResponseKind.Invalid, Decode(Failure("SYN_")).Kind);
            // The pattern's $ is the end of the text, not the place before a final newline.
            Assert.AreEqual(ResponseKind.Invalid, Decode(Failure("SYN_NEWER\\n")).Kind);
        }

        [TestCase("")]
        [TestCase("  \r\n\t")]
        [TestCase("\u00A0\u3000\uFEFF")]
        [TestCase(null)]
        public void ABlankBodyIsEmpty(string body)
        {
            DecodedResponse response = Decode(body);
            Assert.AreEqual(ResponseKind.Invalid, response.Kind);
            Assert.AreEqual("the body is empty", response.Problem);
        }

        [Test]
        public void HtmlIsNamedAsSuch()
        {
            StringAssert.Contains("HTML", Decode("\n <html><body>Bad gateway</body></html>").Problem);
            Assert.AreEqual("the body is not valid JSON", Decode("upstream connect error").Problem);
        }

        [TestCase("[]")]
        [TestCase("null")]
        [TestCase("\"text\"")]
        [TestCase("{\"success\":\"false\",\"error\":{\"code\":\"SYN_A\",\"message\":\"m\"}}")]
        [TestCase("{\"success\":false}")]
        [TestCase("{\"success\":false,\"error\":[]}")]
        [TestCase("{\"success\":false,\"error\":{\"message\":\"m\"}}")]
        [TestCase("{\"success\":false,\"error\":{\"code\":7,\"message\":\"m\"}}")]
        [TestCase("{\"success\":false,\"error\":{\"code\":\"SYN_A\"}}")]
        [TestCase("{\"success\":false,\"error\":{\"code\":\"SYN_A\",\"message\":null}}")]
        [TestCase("{\"success\":false,\"error\":{\"code\":\"SYN_A\",\"message\":\"m\",\"details\":null}}")]
        [TestCase("{\"success\":false,\"error\":{\"code\":\"SYN_A\",\"message\":\"m\",\"details\":[]}}")]
        public void AWrongShapeIsInvalid(string body)
        {
            DecodedResponse response = Decode(body);
            Assert.AreEqual(ResponseKind.Invalid, response.Kind, body);
            StringAssert.StartsWith("not the API's envelope: ", response.Problem);
        }

        [TestCase("{\"success\":true,\"data\":1,}")]
        [TestCase("{\"success\":true,\"data\":1} x")]
        [TestCase("{'success':true,'data':1}")]
        [TestCase("{success:true,\"data\":1}")]
        [TestCase("{\"success\":true,\"data\":NaN}")]
        [TestCase("{\"success\":true,\"data\":01}")]
        [TestCase("{\"success\":true,\"data\":1.}")]
        [TestCase("{\"success\":true,\"data\":\"\\x41\"}")]
        [TestCase("{\"success\":true,\"data\":\"a\tb\"}")]
        [TestCase("{\"success\":true,\"data\":1}/* note */")]
        [TestCase("{\"success\":true,\"data\":[1 2]}")]
        public void OnlyStrictJsonIsJson(string body)
        {
            Assert.AreEqual("the body is not valid JSON", Decode(body).Problem, body);
        }

        [Test]
        public void OfARepeatedKeyTheLastCounts()
        {
            JsonData data = Decode("{\"success\":true,\"data\":{\"a\":1,\"b\":2,\"a\":3}}").Data;
            Assert.AreEqual("{\"a\":3,\"b\":2}", data.ToString());
        }

        [Test]
        public void NestingOfAnyDepthIsRead()
        {
            // runtime/SPEC.md §8: the reference reads 500,000 levels; a recursive reader would overflow its stack.
            Func<int, string> nested = depth => "{\"success\":false,\"error\":{\"code\":\"SYN_NEWER\",\"message\":\"m\",\"details\":{\"x\":" + new string('[', depth) + new string(']', depth) + "}}}";
            foreach (int depth in new[] { 1, 600, 500000 })
            {
                DecodedResponse response = Decode(nested(depth));
                Assert.AreEqual(ResponseKind.Failure, response.Kind, depth.ToString());
                Assert.AreEqual("SYN_NEWER", response.Error.Code.Value);
            }
            Assert.AreEqual(new string('[', 500000) + new string(']', 500000), Decode(nested(500000)).Error.Details.Raw["x"].ToString());
            Assert.AreEqual(ResponseKind.Invalid, Decode(nested(500000).Substring(1)).Kind);
            Assert.AreEqual(ResponseKind.Invalid, Decode("{\"success\":true,\"data\":" + new string('[', 100000) + "}").Kind);
        }

        [Test]
        public void ALoneSurrogateIsACodeUnit()
        {
            DecodedResponse response = Decode("{\"success\":false,\"error\":{\"code\":\"SYN_NEWER\",\"message\":\"cut \\ud83d\"}}");
            Assert.AreEqual(ResponseKind.Failure, response.Kind);
            Assert.AreEqual("cut \ud83d", response.Error.Message);
            Assert.AreEqual("\"\\ud83d \ud83d\ude00\\u001f\"", JsonData.Parse("\"\\ud83d \\ud83d\\ude00\\u001f\"").ToString());
        }

        [Test]
        public void NumbersBeyondADoubleNeverThrow()
        {
            Assert.AreEqual(double.PositiveInfinity, Decode("{\"success\":true,\"data\":1e400}").Data.AsDouble());
            Assert.AreEqual(double.NegativeInfinity, Decode("{\"success\":true,\"data\":-" + new string('9', 2000) + "}").Data.AsDouble());
            Assert.AreEqual("1e400", Decode("{\"success\":true,\"data\":1e400}").Data.NumberText);
            // 1e400 reads as infinity, which is no integer (runtime/SPEC.md §10).
            Assert.AreEqual(ResponseKind.Invalid, Decode(Detailed("{\"count\":1e400,\"when\":\"2026-01-01T00:00:00Z\"}")).Kind);
            Assert.AreEqual(ResponseKind.Failure, Decode(Detailed("{\"count\":" + new string('9', 40) + ",\"when\":\"2026-01-01T00:00:00Z\"}")).Kind);
            Assert.AreEqual(ResponseKind.Invalid, Decode(Detailed("{\"count\":-" + new string('9', 40) + ",\"when\":\"2026-01-01T00:00:00Z\"}")).Kind);
        }

        [Test]
        public void DetailsOfTheDocumentedShapePass()
        {
            DecodedResponse response = Decode(Detailed("{\"count\":2.0,\"when\":\"2026-01-01T10:00:00.5+01:30\",\"link\":\"a:b\",\"tags\":[\"x\"],\"ratio\":0.5,\"anything\":[null],\"extra\":1}"));
            Assert.AreEqual(ResponseKind.Failure, response.Kind, response.Problem);
            Assert.AreEqual("2.0", response.Error.Details.Raw["count"].NumberText);
            var typed = response.Error.Details as Synthetic.DetailedDetails;
            Assert.IsNotNull(typed, "the policy's factory made the details");
            Assert.AreEqual(new System.Numerics.BigInteger(2), typed.Count);
            Assert.AreEqual(new DateTimeOffset(2026, 1, 1, 10, 0, 0, 500, TimeSpan.FromMinutes(90)), typed.When);
            Assert.AreEqual("a:b", typed.Link);
        }

        [TestCase("2026-06-30T23:59:60Z", "2026-06-30T23:59:59.9999999+00:00")]
        [TestCase("2026-07-01T01:59:60+02:00", "2026-07-01T01:59:59.9999999+02:00")]
        [TestCase("2026-06-30T18:29:60.25-05:30", "2026-06-30T18:29:59.9999999-05:30")]
        [TestCase("2026-02-08t11:30:00.5z", "2026-02-08T11:30:00.5000000+00:00")]
        [TestCase("0001-01-01T00:00:00Z", "0001-01-01T00:00:00.0000000+00:00")]
        [TestCase("9999-12-31T23:59:60Z", "9999-12-31T23:59:59.9999999+00:00")]
        public void ALeapSecondIsValidAtTheEndOfAUtcDayAndReadsAsItsLastTick(string when, string read)
        {
            DecodedResponse response = Decode(Detailed("{\"count\":1,\"when\":\"" + when + "\"}"));
            Assert.AreEqual(ResponseKind.Failure, response.Kind, response.Problem);
            DateTimeOffset? typed = ((Synthetic.DetailedDetails)response.Error.Details).When;
            Assert.AreEqual(read, typed.Value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", System.Globalization.CultureInfo.InvariantCulture));
        }

        [TestCase("2026-06-30T12:00:60Z")]
        [TestCase("2026-06-30T23:59:60+01:00")]
        [TestCase("2026-06-30T23:58:60Z")]
        [TestCase("2026-07-01T00:59:60+01:01")]
        public void ALeapSecondElsewhereIsInvalid(string when)
        {
            Assert.AreEqual("not the API's envelope: /error/details/when must match format \"date-time\"", Decode(Detailed("{\"count\":1,\"when\":\"" + when + "\"}")).Problem);
        }

        [Test]
        public void TypedDetailsNeverThrow()
        {
            // Valid for the schema, beyond what DateTimeOffset or a long holds: the JSON stays, the field is null or wide.
            var early = (Synthetic.DetailedDetails)Decode(Detailed("{\"count\":100000000000000000000,\"when\":\"0000-01-01T00:00:00+01:00\"}")).Error.Details;
            Assert.IsNull(early.When);
            Assert.AreEqual("100000000000000000000", early.Count.ToString());
            Assert.AreEqual("0000-01-01T00:00:00+01:00", early.Raw["when"].AsString());
            var huge = (Synthetic.DetailedDetails)Decode(Detailed("{\"count\":" + new string('9', 300) + ",\"when\":\"2026-01-01T00:00:00Z\"}")).Error.Details;
            Assert.AreEqual(new System.Numerics.BigInteger(1e300), huge.Count);
        }

        [TestCase("{\"when\":\"2026-01-01T00:00:00Z\"}", " must have required property 'count'")]
        [TestCase("{\"count\":1}", " must have required property 'when'")]
        [TestCase("{\"count\":1.5,\"when\":\"2026-01-01T00:00:00Z\"}", "/count must be integer")]
        [TestCase("{\"count\":\"1\",\"when\":\"2026-01-01T00:00:00Z\"}", "/count must be integer")]
        [TestCase("{\"count\":-1,\"when\":\"2026-01-01T00:00:00Z\"}", "/count must be >= 0")]
        [TestCase("{\"count\":1,\"when\":7}", "/when must be string")]
        [TestCase("{\"count\":1,\"when\":\"2026-01-01\"}", "/when must match format \"date-time\"")]
        [TestCase("{\"count\":1,\"when\":\"2026-01-01T00:00:00Z\",\"link\":\"no scheme\"}", "/link must match format \"uri\"")]
        [TestCase("{\"count\":1,\"when\":\"2026-01-01T00:00:00Z\",\"tags\":[\"a\",1]}", "/tags items must be string")]
        [TestCase("{\"count\":1,\"when\":\"2026-01-01T00:00:00Z\",\"tags\":\"a\"}", "/tags must be array")]
        [TestCase("{\"count\":1,\"when\":\"2026-01-01T00:00:00Z\",\"ratio\":true}", "/ratio must be number")]
        public void DetailsOfAnotherShapeAreInvalid(string details, string problem)
        {
            DecodedResponse response = Decode(Detailed(details));
            Assert.AreEqual(ResponseKind.Invalid, response.Kind);
            Assert.AreEqual("not the API's envelope: /error/details" + problem, response.Problem);
            ErrorDetails typed;
            string alone;
            Assert.IsFalse(ApiResponses.TryDecodeDetails(Policy, Synthetic.DetailedCode, JsonData.Parse(details), out typed, out alone));
            Assert.AreEqual("/error/details" + problem, alone);
            Assert.IsNull(typed);
        }

        [Test]
        public void DetailsAloneAreCheckedAndTypedAsInAnEnvelope()
        {
            const string Details = "{\"count\":2.0,\"when\":\"2026-01-01T10:00:00.5+01:30\",\"link\":\"a:b\"}";
            ErrorDetails typed;
            string problem;
            Assert.IsTrue(ApiResponses.TryDecodeDetails(Policy, Synthetic.DetailedCode, JsonData.Parse(Details), out typed, out problem), problem);
            Assert.IsNull(problem);
            var detailed = (Synthetic.DetailedDetails)typed;
            var inEnvelope = (Synthetic.DetailedDetails)Decode(Detailed(Details)).Error.Details;
            Assert.AreEqual(inEnvelope.Count, detailed.Count);
            Assert.AreEqual(inEnvelope.When, detailed.When);
            Assert.AreEqual(inEnvelope.Link, detailed.Link);
            Assert.AreEqual(inEnvelope.Raw.ToString(), detailed.Raw.ToString());

            // A code without a shape takes any object, as ErrorDetails; a code neither known nor shaped like one, nothing.
            Assert.IsTrue(ApiResponses.TryDecodeDetails(Policy, "SYN_OTHER", JsonData.Parse("{\"x\":1}"), out typed, out problem));
            Assert.AreEqual(typeof(ErrorDetails), typed.GetType());
            Assert.IsFalse(ApiResponses.TryDecodeDetails(Policy, "lower", JsonData.Parse("{}"), out typed, out problem));
            Assert.AreEqual("/error/code is neither a known code nor shaped like one", problem);
            Assert.IsFalse(ApiResponses.TryDecodeDetails(Policy, null, JsonData.Parse("{}"), out typed, out problem));
            Assert.IsFalse(ApiResponses.TryDecodeDetails(Policy, Synthetic.DetailedCode, JsonData.Parse("null"), out typed, out problem));
            Assert.AreEqual("/error/details must be an object", problem);
            Assert.IsFalse(ApiResponses.TryDecodeDetails(Policy, Synthetic.DetailedCode, null, out typed, out problem));
            Assert.IsNull(typed);
            Assert.Throws<ArgumentNullException>(() => ApiResponses.TryDecodeDetails(null, Synthetic.DetailedCode, JsonData.Parse("{}"), out typed, out problem));
        }

        [Test]
        public void DetailsOfACodeWithoutAShapeAreAnyObject()
        {
            Assert.AreEqual(ResponseKind.Failure, Decode(Failure(Synthetic.LimitCode, "{\"count\":\"x\"}")).Kind);
            Assert.AreEqual(ResponseKind.Failure, Decode(Failure("SYN_DETAILED", "{}")).Kind);
        }

        [TestCase("2026-01-01T00:00:00Z", true)]
        [TestCase("2026-01-01t00:00:00z", true)]
        [TestCase("2028-02-29T00:00:00Z", true)]
        [TestCase("2026-06-30T23:59:60Z", true)]
        [TestCase("2026-01-01T00:00:00.123456789-23:59", true)]
        [TestCase("2027-02-29T00:00:00Z", false)]
        [TestCase("2026-13-01T00:00:00Z", false)]
        [TestCase("2026-00-01T00:00:00Z", false)]
        [TestCase("2026-01-32T00:00:00Z", false)]
        [TestCase("2026-01-01T24:00:00Z", false)]
        [TestCase("2026-01-01T00:60:00Z", false)]
        [TestCase("2026-01-01T00:00:61Z", false)]
        [TestCase("2026-01-01T00:00:00+24:00", false)]
        [TestCase("2026-01-01T00:00:00+00:60", false)]
        [TestCase("2026-01-01T00:00:00", false)]
        [TestCase("2026-01-01 00:00:00Z", false)]
        [TestCase("2026-01-01T00:00:00Z\n", false)]
        [TestCase("\u0662026-01-01T00:00:00Z", false)]
        public void ADateTimeIsRfc3339WithFieldsInRange(string text, bool valid)
        {
            Assert.AreEqual(valid, Policy.HasFormat(text, StringFormat.DateTime), text);
        }

        [TestCase("a:b", true)]
        [TestCase("https://example.test/x?y=1#z", true)]
        [TestCase("x+y.z-w:", true)]
        [TestCase("a:\uD83D\uDE01", true)]
        [TestCase("a:\uD83D\uDE00", false)]
        [TestCase("a:b c", false)]
        [TestCase("a:<b>", false)]
        [TestCase("a:b\u00A0", false)]
        [TestCase("1a:b", false)]
        [TestCase(":b", false)]
        [TestCase("ab", false)]
        public void AUriIsASchemeAndNoForbiddenCodePoint(string text, bool valid)
        {
            Assert.AreEqual(valid, Policy.HasFormat(text, StringFormat.Uri), text);
        }

        [Test]
        public void ARetryDecisionReadsTheCoreOnly()
        {
            Assert.AreEqual(new ErrorCode(Synthetic.DetailedCode), ApiResponses.ErrorCodeOf(Detailed("{\"count\":\"many\"}")));
            Assert.AreEqual(new ErrorCode("any code at all"), ApiResponses.ErrorCodeOf(Failure("any code at all", "null")));
            Assert.IsNull(ApiResponses.ErrorCodeOf("{\"success\":true,\"data\":1}"));
            Assert.IsNull(ApiResponses.ErrorCodeOf(null));
        }

        [Test]
        public void ANullPolicyIsAnArgumentError()
        {
            Assert.Throws<ArgumentNullException>(() => ApiResponses.Decode(null, "{}"));
        }

        [TestCase("^A$", @"^A\z")]
        [TestCase("^A$|^B$", @"^A\z|^B\z")]
        [TestCase(@"^\$[$]$", @"^\$[$]\z")]
        [TestCase(@"^[\]$]$", @"^[\]$]\z")]
        public void ASchemaPatternsDollarIsTheEnd(string pattern, string converted)
        {
            Assert.AreEqual(converted, EnvelopePolicy.SchemaPattern(pattern));
        }

        [Test]
        public void AnErrorCodeIsItsString()
        {
            var code = new ErrorCode("SYN_A");
            Assert.AreEqual("SYN_A", code.ToString());
            Assert.AreEqual(code.GetHashCode(), new ErrorCode("SYN_A").GetHashCode());
            Assert.AreNotEqual(code, new ErrorCode("syn_a"));
            Assert.Throws<ArgumentNullException>(() => new ErrorCode(null));
        }

        [Test]
        public void AnOpenCodeKeepsItsRawValueTyped()
        {
            var known = new OpenCode<DayOfWeek, int>(5, DayOfWeek.Friday);
            var unknown = new OpenCode<DayOfWeek, string>("Someday", null);
            Assert.IsTrue(known.IsKnown);
            Assert.AreEqual(5, known.Raw);
            Assert.AreEqual("5", known.ToString());
            Assert.IsFalse(unknown.IsKnown);
            Assert.AreEqual("Someday", unknown.Raw);
            Assert.AreEqual("Someday", unknown.ToString());
            Assert.Throws<ArgumentNullException>(() => new OpenCode<DayOfWeek, string>(null, null));
        }

        [Test]
        public void AnOpenCodeEqualsAnotherWithTheSameRawValueAndMember()
        {
            var code = new OpenCode<DayOfWeek, int>(5, DayOfWeek.Friday);
            Assert.IsTrue(code.Equals(new OpenCode<DayOfWeek, int>(5, DayOfWeek.Friday)));
            Assert.IsTrue(code == new OpenCode<DayOfWeek, int>(5, DayOfWeek.Friday));
            Assert.AreEqual(code.GetHashCode(), new OpenCode<DayOfWeek, int>(5, DayOfWeek.Friday).GetHashCode());
            Assert.IsTrue(code != new OpenCode<DayOfWeek, int>(5, null));
            Assert.IsTrue(code != new OpenCode<DayOfWeek, int>(6, DayOfWeek.Friday));
            Assert.IsFalse(code.Equals((object)new OpenCode<DayOfWeek, string>("5", DayOfWeek.Friday)));
            Assert.IsFalse(new OpenCode<DayOfWeek, string>("SOMEDAY", null).Equals(new OpenCode<DayOfWeek, string>("someday", null)));
            Assert.AreEqual("", default(OpenCode<DayOfWeek, string>).ToString());
        }

        [Test]
        public void AnOpenCodeSpellsItsRawValueInTheInvariantCulture()
        {
            CultureInfo before = CultureInfo.CurrentCulture;
            try
            {
                // A culture whose minus sign is U+2212, which the thread's culture would spell -12 with.
                var minus = (CultureInfo)CultureInfo.InvariantCulture.Clone();
                minus.NumberFormat.NegativeSign = "\u2212";
                Thread.CurrentThread.CurrentCulture = minus;
                Assert.AreEqual("\u221212", (-12).ToString());
                Assert.AreEqual("-12", new OpenCode<DayOfWeek, int>(-12, null).ToString());
            }
            finally
            {
                Thread.CurrentThread.CurrentCulture = before;
            }
        }

        [Test]
        public void APolicyRefusesWhatIsNotOne()
        {
            Assert.Throws<ArgumentNullException>(() => new EnvelopePolicy(null, "^A$", new DetailsShape[0], Synthetic.DateTimePattern, "[a-z]+", new int[0]));
            Assert.Throws<ArgumentNullException>(() => new EnvelopePolicy(new string[] { null }, "^A$", new DetailsShape[0], Synthetic.DateTimePattern, "[a-z]+", new int[0]));
            Assert.Throws<ArgumentException>(() => new EnvelopePolicy(new string[0], "^(A$", new DetailsShape[0], Synthetic.DateTimePattern, "[a-z]+", new int[0]));
            var shape = new DetailsShape("SYN_A", new string[0], new DetailsField[0]);
            Assert.Throws<ArgumentException>(() => new EnvelopePolicy(new string[0], "^A$", new[] { shape, shape }, Synthetic.DateTimePattern, "[a-z]+", new int[0]));
            Assert.Throws<ArgumentNullException>(() => new DetailsShape("SYN_A", new string[] { null }, new DetailsField[0]));
            Assert.Throws<ArgumentNullException>(() => new DetailsField(null));
            Assert.IsTrue(Policy.IsKnown(Synthetic.LimitCode));
            Assert.IsFalse(Policy.IsKnown(null));
            Assert.IsFalse(Policy.IsCodeShaped(null));
            DetailsShape found;
            Assert.IsTrue(Policy.TryGetShape(Synthetic.DetailedCode, out found));
            Assert.AreEqual(new[] { "count", "when" }, found.Required.ToArray());
        }
    }
}
