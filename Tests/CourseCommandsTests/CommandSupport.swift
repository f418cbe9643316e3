import CourseCommands

/// Runs `course` in-process and returns its exit status (0 ok, 1 errors, 2 usage).
func runCourse(_ arguments: [String]) -> Int32 {
    CourseCommand.execute(arguments)
}
