import CourseCommands

CourseCommand.runAndExit()
