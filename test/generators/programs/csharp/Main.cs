// Decodes envelopes and an OperationalError with quicktype's C# output (namespace Quicktype, Json.NET).
using System;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using Quicktype;

public static class Program
{
    static string Describe(string path)
    {
        var envelope = ApiResponse.FromJson(File.ReadAllText(path));
        var error = envelope.Error;
        if (envelope.Success || error == null) return "success";
        var details = error.Details == null ? "-" : string.Join(",", error.Details.Keys.OrderBy(k => k, StringComparer.Ordinal));
        // quicktype types error.code as a string; RestErrorCodeEnum is a separate enum to decode it into.
        bool tokenExpired;
        try
        {
            tokenExpired = RestErrorCode.FromJson(JsonConvert.SerializeObject(error.Code)) == RestErrorCodeEnum.TokenExpired;
        }
        catch (Exception)
        {
            tokenExpired = false;
        }
        return "failure " + error.Code + " token-expired=" + (tokenExpired ? "true" : "false") + " details=" + details;
    }

    public static void Main(string[] args)
    {
        foreach (var path in args.Take(args.Length - 1)) Console.WriteLine(Describe(path));
        // quicktype types an integer enum as long: there is no member name to print.
        var value = OperationalError.FromJson(File.ReadAllText(args[args.Length - 1]));
        Console.WriteLine("operational " + value + " -");
    }
}
