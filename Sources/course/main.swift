import CourseCommands
import Foundation

exit(CourseCommand.execute(nil))
