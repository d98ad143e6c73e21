using TraumaGids.Core.Content;

// Checks a content directory: one line per problem (file:line: field: message), exit code 1 when there is any.
return ContentCheck.Run(args, Console.Out, Console.Error, DateOnly.FromDateTime(DateTime.Now));
