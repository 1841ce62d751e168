namespace VpnErrorCodes.NewtonsoftJson.Tests
{
    using System;
    using System.Collections.Generic;
    using System.Globalization;
    using System.Linq;
    using Newtonsoft.Json;
    using Newtonsoft.Json.Linq;
    using NUnit.Framework;
    using VpnErrorCodes.Tests;

    [TestFixture]
    public class ConvertersTests
    {
        // A name family's enum: its members' names are not its wire values.
        internal enum Fruit
        {
            Apple,
            BloodOrange,
        }

        internal sealed class Holder<T>
        {
            public T Value { get; set; }
        }

        private static readonly Dictionary<Fruit, string> FruitCodes = new Dictionary<Fruit, string> { { Fruit.Apple, "APPLE" }, { Fruit.BloodOrange, "BLOOD_ORANGE" } };

        private static readonly EnvelopePolicy Policy = Synthetic.Envelope();

        // As a name family's Code() answers: a number no member has gives its digits.
        private static string FruitCode(Fruit fruit)
        {
            string code;
            return FruitCodes.TryGetValue(fruit, out code) ? code : ((int)fruit).ToString(CultureInfo.InvariantCulture);
        }

        private static Fruit? FruitFromCode(string code)
        {
            foreach (var entry in FruitCodes)
            {
                if (entry.Value == code) return entry.Key;
            }
            return null;
        }

        private static DayOfWeek? DayFromCode(int code)
        {
            return Enum.IsDefined(typeof(DayOfWeek), code) ? (DayOfWeek)code : (DayOfWeek?)null;
        }

        private static JsonSerializerSettings Settings()
        {
            var settings = new JsonSerializerSettings();
            VpnErrorCodesJson.AddMissing(settings.Converters, new JsonConverter[]
            {
                new CodeEnumConverter<DayOfWeek, int>(d => (int)d, DayFromCode),
                new CodeEnumConverter<Fruit, string>(FruitCode, FruitFromCode),
                new OpenCodeConverter<DayOfWeek, int>(code => new OpenCode<DayOfWeek, int>(code, DayFromCode(code))),
                new OpenCodeConverter<Fruit, string>(code => new OpenCode<Fruit, string>(code, FruitFromCode(code))),
                new ErrorDetailsConverter<Synthetic.DetailedDetails>(Synthetic.DetailedCode, Policy),
            });
            return settings;
        }

        private static T Read<T>(string json)
        {
            return JsonConvert.DeserializeObject<T>(json, Settings());
        }

        private static string Write<T>(T value)
        {
            return JsonConvert.SerializeObject(value, Settings());
        }

        [Test]
        public void AnEnumTravelsAsItsWireValue()
        {
            Assert.AreEqual(DayOfWeek.Friday, Read<DayOfWeek>("5"));
            Assert.AreEqual("5", Write(DayOfWeek.Friday));
            Assert.AreEqual(Fruit.BloodOrange, Read<Fruit>("\"BLOOD_ORANGE\""));
            Assert.AreEqual("\"BLOOD_ORANGE\"", Write(Fruit.BloodOrange));
            Assert.AreEqual("{\"Value\":\"APPLE\"}", Write(new Holder<Fruit> { Value = Fruit.Apple }));
            Assert.AreEqual(Fruit.Apple, Read<Holder<Fruit>>("{\"Value\":\"APPLE\"}").Value);
            Assert.IsNull(Read<DayOfWeek?>("null"));
            Assert.AreEqual(DayOfWeek.Monday, Read<DayOfWeek?>("1"));
            Assert.AreEqual("null", Write<Fruit?>(null));
        }

        [TestCase("\"BloodOrange\"", "the member's name is not a wire value")]
        [TestCase("\"blood_orange\"", "wire values match exactly")]
        [TestCase("\"PEAR\"", "a code the catalog does not know")]
        [TestCase("1", "a number in a name family")]
        [TestCase("null", "null for a non-nullable enum")]
        [TestCase("{}", "an object")]
        public void ANameFamilyRefusesWhatIsNotAKnownWireValue(string json, string why)
        {
            Assert.Throws<JsonSerializationException>(() => Read<Fruit>(json), why);
        }

        [TestCase("\"Friday\"", "the member's name is not a wire value")]
        [TestCase("\"5\"", "digits in a string")]
        [TestCase("5.0", "a float")]
        [TestCase("7", "a code the catalog does not know")]
        [TestCase("4294967301", "beyond int")]
        [TestCase("100000000000000000000000", "beyond long")]
        [TestCase("true", "a boolean")]
        public void AnIntegerFamilyRefusesWhatIsNotAKnownWireValue(string json, string why)
        {
            Assert.Throws<JsonSerializationException>(() => Read<DayOfWeek>(json), why);
        }

        [Test]
        public void ANumberNoMemberHasIsNotWritten()
        {
            Assert.Throws<JsonSerializationException>(() => Write((DayOfWeek)7));
            Assert.Throws<JsonSerializationException>(() => Write((Fruit)7));
        }

        [Test]
        public void AnOpenCodeKeepsWhatTheCatalogDoesNotKnow()
        {
            var unknown = Read<OpenCode<Fruit, string>>("\"PEAR\"");
            Assert.IsFalse(unknown.IsKnown);
            Assert.AreEqual("PEAR", unknown.Raw);
            Assert.AreEqual("\"PEAR\"", Write(unknown));
            var known = Read<OpenCode<Fruit, string>>("\"APPLE\"");
            Assert.AreEqual(new OpenCode<Fruit, string>("APPLE", Fruit.Apple), known);
            var day = Read<Holder<OpenCode<DayOfWeek, int>>>("{\"Value\":70000}").Value;
            Assert.AreEqual(new OpenCode<DayOfWeek, int>(70000, null), day);
            Assert.AreEqual("{\"Value\":70000}", Write(new Holder<OpenCode<DayOfWeek, int>> { Value = day }));
            Assert.AreEqual(DayOfWeek.Sunday, Read<OpenCode<DayOfWeek, int>>("0").Known);
            Assert.IsNull(Read<OpenCode<DayOfWeek, int>?>("null"));
            Assert.AreEqual("null", Write<OpenCode<DayOfWeek, int>?>(null));
        }

        [TestCase("\"70000\"")]
        [TestCase("1.5")]
        [TestCase("null")]
        [TestCase("[]")]
        public void AnOpenCodeRefusesWhatIsNoWireValueOfItsFamily(string json)
        {
            Assert.Throws<JsonSerializationException>(() => Read<OpenCode<DayOfWeek, int>>(json));
        }

        [Test]
        public void AnEmptyOpenCodeIsNotWritten()
        {
            Assert.Throws<JsonSerializationException>(() => Write(default(OpenCode<Fruit, string>)));
        }

        [Test]
        public void ConvertersRefuseARawTypeNoFamilyHas()
        {
            Assert.Throws<ArgumentException>(() => new CodeEnumConverter<DayOfWeek, long>(d => (long)d, l => null));
            Assert.Throws<ArgumentException>(() => new OpenCodeConverter<DayOfWeek, long>(l => new OpenCode<DayOfWeek, long>(l, null)));
            Assert.Throws<ArgumentNullException>(() => new CodeEnumConverter<DayOfWeek, int>(null, DayFromCode));
            Assert.Throws<ArgumentNullException>(() => new OpenCodeConverter<DayOfWeek, int>(null));
            Assert.Throws<ArgumentNullException>(() => new ErrorDetailsConverter<Synthetic.DetailedDetails>(null, Policy));
            Assert.Throws<ArgumentNullException>(() => new ErrorDetailsConverter<Synthetic.DetailedDetails>(Synthetic.DetailedCode, null));
        }

        // The core decoder's details for the same JSON, in an envelope.
        private static Synthetic.DetailedDetails Core(string details)
        {
            string body = "{\"success\":false,\"error\":{\"code\":\"" + Synthetic.DetailedCode + "\",\"message\":\"m\",\"details\":" + details + "}}";
            DecodedResponse response = ApiResponses.Decode(Policy, body);
            Assert.AreEqual(ResponseKind.Failure, response.Kind, response.Problem);
            return (Synthetic.DetailedDetails)response.Error.Details;
        }

        private static void AssertSame(Synthetic.DetailedDetails expected, Synthetic.DetailedDetails actual)
        {
            Assert.AreEqual(expected.Count, actual.Count);
            Assert.AreEqual(expected.When.HasValue, actual.When.HasValue);
            if (expected.When.HasValue) Assert.AreEqual(expected.When.Value.ToString("o", CultureInfo.InvariantCulture), actual.When.Value.ToString("o", CultureInfo.InvariantCulture));
            Assert.AreEqual(expected.Link, actual.Link);
            Assert.AreEqual(expected.Raw.Names, actual.Raw.Names);
        }

        [TestCase("{\"count\":2.0,\"when\":\"2026-01-01T10:00:00.5+01:30\",\"link\":\"a:b\",\"tags\":[\"x\"],\"ratio\":0.5,\"anything\":[null,{}],\"extra\":1}")]
        [TestCase("{\"count\":1,\"when\":\"2026-06-30T23:59:60Z\"}")]
        [TestCase("{\"count\":1,\"when\":\"2026-07-01T01:59:60+02:00\"}")]
        [TestCase("{\"count\":1,\"when\":\"2026-02-08t11:30:00.5z\"}")]
        [TestCase("{\"count\":100000000000000000000,\"when\":\"0000-01-01T00:00:00+01:00\"}")]
        [TestCase("{\"count\":1e20,\"when\":\"2026-01-01T00:00:00Z\"}")]
        [TestCase("{\"count\":1,\"when\":\"2026-01-01T00:00:00Z\",\"anything\":\"\\ud800\"}")]
        [TestCase("{\"count\":1,\"when\":\"2026-01-01T00:00:00Z\",\"ratio\":-0.0}")]
        public void DetailsAreTypedAsTheCoreDecoderTypesThem(string json)
        {
            Synthetic.DetailedDetails expected = Core(json);
            AssertSame(expected, Read<Synthetic.DetailedDetails>(json));
            AssertSame(expected, Read<Holder<Synthetic.DetailedDetails>>("{\"Value\":" + json + "}").Value);
            // From a JToken whose strings Json.NET left as they were.
            var token = JsonConvert.DeserializeObject<JObject>("{\"Value\":" + json + "}", new JsonSerializerSettings { DateParseHandling = DateParseHandling.None });
            AssertSame(expected, token.ToObject<Holder<Synthetic.DetailedDetails>>(JsonSerializer.Create(Settings())).Value);
        }

        [TestCase(DateParseHandling.DateTime)]
        [TestCase(DateParseHandling.DateTimeOffset)]
        public void ADateJsonNetParsedIsRefusedForItsTextIsGone(DateParseHandling dates)
        {
            // Json.NET takes 2026-01-01T10:00:00 for a date too, which RFC 3339 (no offset) does not.
            var token = JsonConvert.DeserializeObject<JObject>("{\"count\":1,\"when\":\"2026-01-01T10:00:00+01:30\"}", new JsonSerializerSettings { DateParseHandling = dates });
            var e = Assert.Throws<JsonSerializationException>(() => token.ToObject<Synthetic.DetailedDetails>(JsonSerializer.Create(Settings())));
            StringAssert.Contains("DateParseHandling.None", e.Message);
        }

        [Test]
        public void DetailsAreWrittenAsTheJsonTheyCameAs()
        {
            const string Json = "{\"count\":2.0,\"when\":\"2026-06-30T23:59:60Z\",\"tags\":[\"x\",\"y\"],\"anything\":{\"deep\":[[1e400]],\"no\":false,\"none\":null}}";
            Synthetic.DetailedDetails details = Core(Json);
            Assert.AreEqual(Json, Write(details));
            Assert.AreEqual("{\"Value\":" + Json + "}", Write(new Holder<Synthetic.DetailedDetails> { Value = details }));
            Assert.AreEqual(Json, JsonData.Parse(JsonConvert.SerializeObject(details, Formatting.Indented, Settings())).ToString());
            Assert.AreEqual("null", Write<Synthetic.DetailedDetails>(null));
        }

        [Test]
        public void DeepDetailsAreReadAndWrittenWithoutRecursion()
        {
            const int Depth = 20000;
            string deep = "{\"count\":1,\"when\":\"2026-01-01T00:00:00Z\",\"anything\":" + new string('[', Depth) + new string(']', Depth) + "}";
            Synthetic.DetailedDetails details;
            try
            {
                details = Read<Synthetic.DetailedDetails>(deep);
            }
            catch (JsonReaderException e)
            {
                // Json.NET 13's readers stop at MaxDepth (64 by default), before the converter reads.
                StringAssert.Contains("depth", e.Message.ToLowerInvariant());
                return;
            }
            Assert.AreEqual(deep, Write(details));
        }

        [TestCase("{\"when\":\"2026-01-01T00:00:00Z\"}", " must have required property 'count'")]
        [TestCase("{\"count\":1.5,\"when\":\"2026-01-01T00:00:00Z\"}", "/count must be integer")]
        [TestCase("{\"count\":\"1\",\"when\":\"2026-01-01T00:00:00Z\"}", "/count must be integer")]
        [TestCase("{\"count\":-1,\"when\":\"2026-01-01T00:00:00Z\"}", "/count must be >= 0")]
        [TestCase("{\"count\":1,\"when\":\"2026-06-30T12:00:60Z\"}", "/when must match format \"date-time\"")]
        [TestCase("{\"count\":1,\"when\":\"2026-01-01\"}", "/when must match format \"date-time\"")]
        [TestCase("{\"count\":1,\"when\":\"2026-01-01T00:00:00Z\",\"link\":\"no scheme\"}", "/link must match format \"uri\"")]
        [TestCase("{\"count\":1,\"when\":\"2026-01-01T00:00:00Z\",\"tags\":[\"a\",1]}", "/tags items must be string")]
        [TestCase("[]", " must be an object")]
        [TestCase("null", " must be an object")]
        [TestCase("\"details\"", " must be an object")]
        public void DetailsTheCoreRefusesAreJsonNetsSerializationError(string json, string problem)
        {
            var e = Assert.Throws<JsonSerializationException>(() => Read<Synthetic.DetailedDetails>(json));
            StringAssert.Contains("/error/details" + problem, e.Message);
            Assert.Throws<JsonSerializationException>(() => Read<Holder<Synthetic.DetailedDetails>>("{\"Value\":" + json + "}"));
        }

        [Test]
        public void ANumberBeyondBinary64IsRefusedAsTheCoreRefusesIt()
        {
            // Json.NET on .NET Framework and Mono cannot read 1e400 (JsonReaderException); on .NET Core it reads
            // infinity, which the core judges no integer (JsonSerializationException). Refused either way.
            const string Json = "{\"count\":1e400,\"when\":\"2026-01-01T00:00:00Z\"}";
            Assert.AreEqual(ResponseKind.Invalid, ApiResponses.Decode(Policy, "{\"success\":false,\"error\":{\"code\":\"" + Synthetic.DetailedCode + "\",\"message\":\"m\",\"details\":" + Json + "}}").Kind);
            JsonException e = Assert.Catch<JsonException>(() => Read<Synthetic.DetailedDetails>(Json));
            Assert.That(e is JsonReaderException || e.Message.Contains("/error/details/count must be integer"), e.Message);
        }

        [Test]
        public void GarbageThrowsOnlyJsonNetsExceptions()
        {
            var random = new Random(20);
            const string Alphabet = "{}[]:,\"\\ 01e.-+tfnaluNI\u2028\ud800Z:T";
            string valid = "{\"count\":1,\"when\":\"2026-01-01T00:00:00Z\",\"tags\":[\"a\"],\"anything\":[1.5,null]}";
            for (int i = 0; i < 3000; i++)
            {
                var text = new System.Text.StringBuilder(valid);
                for (int edits = random.Next(1, 4); edits > 0; edits--)
                {
                    int at = random.Next(text.Length);
                    if (random.Next(2) == 0) text.Remove(at, 1);
                    else text.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                }
                try
                {
                    Read<Synthetic.DetailedDetails>(text.ToString());
                    Read<OpenCode<Fruit, string>>(text.ToString());
                }
                catch (JsonException)
                {
                    // Json.NET's reader or the adapter refused it, as documented.
                }
            }
        }

        [Test]
        public void RegisteringTwiceAddsEachConverterOnce()
        {
            var mine = new Newtonsoft.Json.Converters.StringEnumConverter();
            var converters = new List<JsonConverter> { mine };
            var ours = new JsonConverter[] { new OpenCodeConverter<Fruit, string>(code => new OpenCode<Fruit, string>(code, FruitFromCode(code))) };
            VpnErrorCodesJson.AddMissing(converters, ours);
            VpnErrorCodesJson.AddMissing(converters, ours);
            Assert.AreEqual(2, converters.Count);
            Assert.AreSame(mine, converters[0]);
            Assert.AreSame(ours[0], converters[1]);

            // Without the package's rendered list there is no converter; the settings are still the same object.
            var settings = new JsonSerializerSettings();
            Assert.AreSame(settings, settings.ConfigureForVpnErrorCodes());
            var serializer = new JsonSerializer();
            Assert.AreSame(serializer, serializer.ConfigureForVpnErrorCodes());
            Assert.AreEqual(VpnErrorCodesJson.Converters.Count, settings.Converters.Count);
            Assert.Throws<ArgumentNullException>(() => ((JsonSerializerSettings)null).ConfigureForVpnErrorCodes());
            Assert.Throws<ArgumentNullException>(() => ((JsonSerializer)null).ConfigureForVpnErrorCodes());
        }
    }
}
